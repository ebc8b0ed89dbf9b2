package dev.opsdesk.reporting.support;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

/**
 * The figures of fixtures/recorded-stream.ndjson, computed by hand. The tenant has no calendar of
 * its own, so the default one applies: UTC, Monday to Friday, 09:00-17:00. Mon = 2026-11-23.
 *
 * Tickets: T1 EMAIL/AU created Mon 09:00, public reply 09:30, SOLVED (status RESOLVED) 10:00, topic
 * delivery/late. T2 CHAT/NZ created Mon 16:30, customer message 16:40, replies Tue 09:15 and 10:00,
 * ticket.resolved SOLVED Tue 11:00 (topic billing/refund), queue chat-queue. T3 EMAIL/AU created Mon
 * 10:00, reply 11:00 (+ an internal note 11:05), RESOLVED Mon 12:00, reopened Tue 09:00, reply 09:30,
 * RESOLVED Tue 10:00. T4 PHONE created Mon 13:00, closed NRR (CLOSED_NO_ACTION) 13:05. T5 WET_TICKET
 * created Mon 09:00, reply 10:00 and PENDING 10:00, wet-queue, requeued at 17:00 (no owner). T6 EMAIL
 * created Tue 14:00, QUEUED in email-queue. T7 EMAIL created Tue 15:00, merged into T1 at 15:30.
 */
public final class HandComputedFigures {

    public static final String MON_TUE = "from=2026-11-23&to=2026-11-24";

    private HandComputedFigures() {
    }

    public static void assertAll(String tenant) {
        volumes(tenant);
        responseTimes(tenant);
        fcrAndResolutions(tenant);
        ahtAndProductivity(tenant);
        sla(tenant);
        qa(tenant);
        queuesAndAlerts(tenant);
    }

    /** 7 tickets; EMAIL T1 T3 T6 T7, CHAT T2, PHONE T4, WET_TICKET T5. */
    static void volumes(String tenant) {
        Reports.get(tenant, "/api/v1/reports/volumes?" + MON_TUE)
                .body("created", equalTo(7))
                .body("byChannel.key", contains("EMAIL", "CHAT", "PHONE", "WET_TICKET"))
                .body("byChannel.count", contains(4, 1, 1, 1))
                // SOLVED T1 T2 T3; CLOSED_NO_ACTION T4; MERGED T7; NEW T6; WAITING_CUSTOMER T5
                .body("byStatus.key", contains("SOLVED", "CLOSED_NO_ACTION", "MERGED", "NEW", "WAITING_CUSTOMER"))
                .body("byStatus.count", contains(3, 1, 1, 1, 1))
                // T1 and T3 closed by status alone (its code is the resolution), T2 SOLVED, T4 NRR
                .body("byResolution.key", contains("RESOLVED", "NRR", "SOLVED"))
                .body("byResolution.count", contains(2, 1, 1))
                .body("byTopic.key", contains("delivery/late", "billing/refund"))
                .body("byTopic.count", contains(2, 1))
                .body("byStore.key", contains("(none)", "AU", "NZ"))
                .body("byStore.count", contains(4, 2, 1));
    }

    /**
     * First response (first public staff message) of T1 1800 s, T2 Mon 16:30 → Tue 09:15 = 60300 s
     * (business: 16:30-17:00 + 09:00-09:15 = 2700 s), T3 3600 s, T5 3600 s. Average 69300/4 = 17325
     * (business 11700/4 = 2925), median (3600+3600)/2 = 3600. Resolution (first resolved): T1 3600,
     * T2 Mon 16:30 → Tue 11:00 = 66600 (business 1800 + 7200 = 9000), T3 7200 (reopen ignored), T4
     * 300; average 77700/4 = 19425, business 20100/4 = 5025.
     */
    static void responseTimes(String tenant) {
        Reports.get(tenant, "/api/v1/reports/response-times?" + MON_TUE)
                .body("firstResponse.tickets", equalTo(4))
                .body("firstResponse.averageSeconds", closeTo(17325, 1e-6))
                .body("firstResponse.medianSeconds", closeTo(3600, 1e-6))
                .body("firstResponse.averageBusinessSeconds", closeTo(2925, 1e-6))
                .body("resolution.tickets", equalTo(4))
                .body("resolution.averageSeconds", closeTo(19425, 1e-6))
                .body("resolution.averageBusinessSeconds", closeTo(5025, 1e-6))
                .body("byChannel.find { it.channel == 'CHAT' }.firstResponse.averageBusinessSeconds", closeTo(2700, 1e-6));
    }

    /**
     * FCR: first resolved Mon-Tue are T1 T2 T3 T4; T4 (closed without action) is not a contact to
     * resolve, T7 was merged away. Of T1 T2 T3 only T1 is solved with ≤ 1 public reply and no reopen:
     * 1/3. Reopened: T3, 1/3. Resolution mix of the 4 closed tickets: RESOLVED 2/4, NRR 1/4, SOLVED 1/4.
     */
    static void fcrAndResolutions(String tenant) {
        Reports.get(tenant, "/api/v1/reports/fcr?" + MON_TUE)
                .body("all.resolved", equalTo(3))
                .body("all.firstContactResolved", equalTo(1))
                .body("all.rate", closeTo(1.0 / 3, 1e-9))
                .body("all.reopened", equalTo(1))
                .body("byChannel.channel", contains("CHAT", "EMAIL"))
                .body("byChannel.firstContactResolved", contains(0, 1));
        Reports.get(tenant, "/api/v1/reports/resolutions?" + MON_TUE)
                .body("closed", equalTo(4))
                .body("all.resolution", contains("RESOLVED", "NRR", "SOLVED"))
                .body("all.share", contains(closeTo(0.5, 1e-9), closeTo(0.25, 1e-9), closeTo(0.25, 1e-9)))
                .body("byChannel.findAll { it.by == 'EMAIL' }.resolution", contains("RESOLVED"))
                .body("byTopic.find { it.by == 'billing/refund' }.resolution", equalTo("SOLVED"));
    }

    /**
     * Work logs (the Voice one delivered twice, counted once):
     * a1 Mon: Kayako Tickets 240 s + 360 s (std 5 min each), Voice (Inbound) 600 s (std 12);
     * a1 Tue: Kayako Tickets 300 s; a2 Mon: Chat (Kayako) 900 s (std 12), Spam Checking 60 s (std 2);
     * a2 Tue: Chat (Kayako) 780 s.
     * AHT: Spam 1 × std 2.0 / act 1.0 min; Kayako 3 × 5.0 / (900/3 = 300 s) 5.0; Chat 2 × 12.0 /
     * (1680/2 = 840 s) 14.0, ratio 1680/1440; Voice 1 × 12.0 / 10.0. Total 7, std 3180 s, act 3240 s.
     * Productivity = standard ÷ logged: a1 Mon 1320/1200 = 1.1, a1 Tue 300/300 = 1.0, a2 Mon 840/960 =
     * 0.875, a2 Tue 720/780 = 0.923; a1 overall 1620/1500 = 1.08, a2 1560/1740 = 0.897.
     */
    static void ahtAndProductivity(String tenant) {
        Reports.get(tenant, "/api/v1/reports/aht?" + MON_TUE)
                .body("categories.taskCategory", contains("Spam Checking", "Kayako Tickets", "Chat (Kayako)",
                        "Voice (Inbound)"))
                .body("categories.activities", contains(1, 3, 2, 1))
                .body("categories.standardAhtMinutes", contains(2.0, 5.0, 12.0, 12.0))
                .body("categories.actualAhtMinutes", contains(1.0, 5.0, 14.0, 10.0))
                .body("categories[2].actualToStandard", closeTo(1680.0 / 1440, 1e-9))
                .body("total.activities", equalTo(7))
                .body("total.actualToStandard", closeTo(3240.0 / 3180, 1e-9));
        Reports.get(tenant, "/api/v1/reports/aht?" + MON_TUE + "&agentId=a2")
                .body("categories.taskCategory", contains("Spam Checking", "Chat (Kayako)"));
        Reports.get(tenant, "/api/v1/reports/productivity?" + MON_TUE)
                .body("days.agentId", contains("a1", "a1", "a2", "a2"))
                .body("days.standardSeconds", contains(1320, 300, 840, 720))
                .body("days.loggedSeconds", contains(1200, 300, 960, 780))
                .body("days.productivity", contains(1.1, 1.0, 0.875, 0.923))
                .body("agents.productivity", contains(1.08, 0.897));
    }

    /**
     * Breaches Mon-Wed: T2 FIRST_REPLY (sent twice with two ids, one breach) and T5 PENDING_UPDATE
     * (R76). At Wed 12:00 with the 1 h horizon: running timers due by 13:00 are T5 PENDING_UPDATE and
     * T6 FIRST_REPLY (both due Wed 10:00; T6 also warned). T1's timer ended MET although its RUNNING
     * arrived last. R76 computed here: T5 waits since Mon 10:00 (its last public update), due Wed
     * 10:00, overdue at 12:00.
     */
    static void sla(String tenant) {
        Reports.get(tenant, "/api/v1/reports/sla?from=2026-11-23&to=2026-11-25&asOf=2026-11-25T12:00:00Z")
                .body("breaches", equalTo(2))
                .body("breachesByMetric.key", contains("FIRST_REPLY", "PENDING_UPDATE"))
                .body("pendingUpdateBreaches", equalTo(1))
                .body("atRiskCount", equalTo(2))
                .body("atRisk.metric", containsInAnyOrder("PENDING_UPDATE", "FIRST_REPLY"))
                .body("atRisk.find { it.metric == 'FIRST_REPLY' }.warned", equalTo(true))
                .body("pendingUpdateOverdueCount", equalTo(1))
                .body("pendingUpdateOverdue[0].ticketId", equalTo(RecordedStream.ticket(5, tenant).toString()))
                .body("pendingUpdateOverdue[0].dueAt", equalTo("2026-11-25T10:00:00Z"));
        Reports.get(tenant, "/api/v1/reports/sla?from=2026-11-23&to=2026-11-25&asOf=2026-11-25T09:00:00Z")
                .body("pendingUpdateOverdueCount", equalTo(0));
    }

    /**
     * E1 (a1, T1): revision 2 (100, no critical) kept although revision 1 (0, critical) arrived later.
     * E2 (a2, T2): 66.67 without defaults (1.1 N, 2.1 Y auto, 4.1 Y; 3.3 NA), 80 with (2.3, 5.4 default
     * Y). E3 (a2, T5): 0, critical (3.1 N). Without defaults: average (100 + 66.67 + 0)/3 = 55.5567;
     * passed/applicable (3 + 2 + 1)/(3 + 3 + 2) = 0.75; critical 1/3; CE items failed 1 of 5 (E1 2.1
     * 3.1, E2 2.1 4.1, E3 3.1). With defaults: average 60; pass (4 + 4 + 3)/(4 + 5 + 4) = 11/13; CE 1/7.
     * Teams = the evaluated ticket's queue: T1 none, T2 chat-queue, T5 wet-queue.
     */
    static void qa(String tenant) {
        Reports.get(tenant, "/api/v1/reports/qa?" + MON_TUE)
                .body("all.evaluations", equalTo(3))
                .body("all.averageScore", closeTo(166.67 / 3, 1e-9))
                .body("all.passRate", closeTo(0.75, 1e-9))
                .body("all.criticalFailRate", closeTo(1.0 / 3, 1e-9))
                .body("all.ceItemFailRate", closeTo(0.2, 1e-9))
                .body("byAgent.key", contains("a1", "a2"))
                .body("byAgent.averageScore", contains(closeTo(100, 1e-9), closeTo(33.335, 1e-9)))
                .body("byAgent.passRate", contains(closeTo(1.0, 1e-9), closeTo(0.6, 1e-9)))
                .body("byAgent.criticalFailRate", contains(closeTo(0, 1e-9), closeTo(0.5, 1e-9)))
                .body("byTeam.key", contains("(no queue)", "chat-queue", "wet-queue"))
                .body("autoQaFailuresByRule.key", contains("R57"))
                .body("autoQaFailuresByRule.count", contains(2));
        Reports.get(tenant, "/api/v1/reports/qa?" + MON_TUE + "&includeDefaults=true")
                .body("includeDefaults", equalTo(true))
                .body("all.averageScore", closeTo(60, 1e-9))
                .body("all.passRate", closeTo(11.0 / 13, 1e-9))
                .body("all.ceItemFailRate", closeTo(1.0 / 7, 1e-9));
    }

    /**
     * Open tickets: T5 in wet-queue (requeued: no owner) and T6 in email-queue (queued). The spike
     * alert's later detection (75 observed, 2 tickets) wins; it was first detected Tue 14:05 and
     * acknowledged by d1.
     */
    static void queuesAndAlerts(String tenant) {
        Reports.as(tenant, "supervisor").when().get("/api/v1/dashboard/snapshot").then().statusCode(200)
                .body("queues.queue", containsInAnyOrder("email-queue", "wet-queue"))
                .body("queues.waiting", contains(1, 1))
                .body("tickets.open", equalTo(2));
        Reports.get(tenant, "/api/v1/reports/alerts?" + MON_TUE)
                .body("", hasSize(1))
                .body("[0].observed", equalTo(75))
                .body("[0].tickets", equalTo(2))
                .body("[0].firstDetectedAt", equalTo("2026-11-24T14:05:00Z"))
                .body("[0].acknowledgedBy", equalTo("d1"));
    }

    /** The report paths whose JSON must be identical after a rebuild. */
    public static List<String> reportPaths() {
        return List.of("/api/v1/reports/volumes?" + MON_TUE, "/api/v1/reports/response-times?" + MON_TUE,
                "/api/v1/reports/fcr?" + MON_TUE, "/api/v1/reports/resolutions?" + MON_TUE,
                "/api/v1/reports/aht?" + MON_TUE, "/api/v1/reports/productivity?" + MON_TUE,
                "/api/v1/reports/sla?from=2026-11-23&to=2026-11-25&asOf=2026-11-25T12:00:00Z",
                "/api/v1/reports/qa?" + MON_TUE, "/api/v1/reports/qa?" + MON_TUE + "&includeDefaults=true",
                "/api/v1/reports/alerts?" + MON_TUE);
    }
}
