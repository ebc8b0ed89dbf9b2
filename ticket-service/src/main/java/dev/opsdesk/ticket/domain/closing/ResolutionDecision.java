package dev.opsdesk.ticket.domain.closing;

import dev.opsdesk.ticket.domain.RuleViolation;

/**
 * Ozon's choice between Решено and Не решено (§6.4, R97–R110): any fact that means the customer
 * will hear from us again makes the task Не решено; otherwise a full consultation makes it Решено.
 */
final class ResolutionDecision {

    private ResolutionDecision() {
    }

    static void check(String resolution, ClosingFacts f, boolean legalEntityDocumentTopic) {
        String notResolvedRule = notResolvedRule(f, legalEntityDocumentTopic);
        if ("RESOLVED".equals(resolution) && notResolvedRule != null) {
            throw new RuleViolation(notResolvedRule, "resolution",
                    "the facts given mean further communication with the customer: close as Не решено");
        }
        String resolvedRule = resolvedRule(f);
        if ("NOT_RESOLVED".equals(resolution) && notResolvedRule == null && resolvedRule != null) {
            throw new RuleViolation(resolvedRule, "resolution",
                    "the question is answered and nothing is owed to the customer: close as Решено");
        }
    }

    private static String notResolvedRule(ClosingFacts f, boolean legalEntityDocumentTopic) {
        if (legalEntityDocumentTopic) {
            return "R105"; // legal-entity documents assignment, even with response type НТО
        }
        if (f.followUpRequestCreated()) {
            return "R103";
        }
        if (f.earlierRequestUnanswered()) {
            return "R104";
        }
        if (f.massOutage()) {
            return "R106";
        }
        if (f.clarifyingQuestionUnanswered()) {
            return "R107";
        }
        if (f.dataRequestedFromCustomer()) {
            return "R108";
        }
        if (f.repeatContactWithoutDetails()) {
            return "R109";
        }
        if (f.directedToBank()) {
            return "R110";
        }
        return null;
    }

    private static String resolvedRule(ClosingFacts f) {
        if (f.solvedWithoutWaitingForAssignment()) {
            return "R98";
        }
        if (f.infoOnlyAssignment()) {
            return "R101";
        }
        if (f.testContactOrAlreadySolved()) {
            return "R102";
        }
        if (f.fullConsultationGiven()) {
            return "R97"; // also R99 (silent after the offer) and R100 (unrealistic demand)
        }
        return null;
    }
}
