package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.env.MachineInfo;
import java.util.List;
import java.util.Map;

/** Everything the fault test writes into docs/fault-tests/<yyyyMMdd-HHmm>.json (and renders as Markdown). */
public record FaultReport(String runId, String tenant, String startedAt, String finishedAt, MachineInfo machine,
                          Map<String, String> settings, List<FaultRow> faults, Retries retries, long poisonInjected,
                          List<String> poisonFailures, Findings findings, List<Check> checks, String verdict,
                          int exitCode, List<String> notes) {

    /** The second chance of requests that got no 2xx: answered 2xx with the earlier ticket, a new one, or not. */
    public record Retries(long retried, long replayed, long created, long stillFailing) {
    }
}
