package dev.opsdesk.ticket.domain.closing;

/**
 * What the agent states about the task when closing it (Ozon §6.4). The resolution rules R97–R110
 * read these facts; the agent cannot pick a resolution the facts contradict. All default to false.
 */
public record ClosingFacts(
        boolean fullConsultationGiven,          // R97, R99, R100
        boolean solvedWithoutWaitingForAssignment, // R98
        boolean infoOnlyAssignment,             // R101
        boolean testContactOrAlreadySolved,     // R102
        boolean followUpRequestCreated,         // R103: assignment / IT request / mailbox e-mail / arbitration / pre-moderation / refund
        boolean earlierRequestUnanswered,       // R104
        boolean legalEntity,                    // R105 (with a legal-entity document topic)
        boolean massOutage,                     // R106
        boolean clarifyingQuestionUnanswered,   // R107
        boolean dataRequestedFromCustomer,      // R108
        boolean repeatContactWithoutDetails,    // R109
        boolean directedToBank,                 // R110
        boolean customerHasOpenQuestions,       // R87
        boolean customerDissatisfied,           // R87
        boolean feedbackOrThanksAboutService,   // R88
        boolean botPromisedAgentReply) {        // R86 exception

    public static final ClosingFacts NONE = new ClosingFacts(false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, false, false);
}
