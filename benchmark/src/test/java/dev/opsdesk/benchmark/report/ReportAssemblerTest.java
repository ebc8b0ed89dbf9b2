package dev.opsdesk.benchmark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAssemblerTest {

    @Test
    void assemblesStepFilesWrittenSeparatelyIntoOneReportWithItsThreeFiles(@TempDir Path dir) throws Exception {
        BenchmarkReport sample = SampleReports.quickRun();
        ResultStore store = new ResultStore(dir.resolve("results"));
        ResultStore.RunInfo run = new ResultStore.RunInfo("run-1", "quick", "2026-11-23T19:30:12Z", "2026-11-23T19:31:00Z",
                "1.0 1.0 1.0");
        store.write("baseline-pg", run, SampleReports.MACHINE, sample.pg());
        store.write("intake", new ResultStore.RunInfo("run-1", "quick", "2026-11-23T19:31:00Z", "2026-11-23T19:33:00Z",
                "0.5 0.7 0.9"),
                SampleReports.MACHINE, sample.intake());
        store.write("services", run, SampleReports.MACHINE, sample.services());

        BenchmarkReport report = ReportAssembler.assemble(store, List.of("extra"));
        Path md = ReportAssembler.write(report, dir.resolve("docs"));

        assertEquals(sample.intake(), report.intake());
        assertEquals(sample.services(), report.services());
        assertEquals("2026-11-23T19:33:00Z", report.finishedAt());
        assertEquals("0.5 0.7 0.9", report.loadAverageAtEnd(), "the load when the last step ended, not when rendered");
        assertTrue(report.notes().contains("extra"));
        assertTrue(report.notes().get(0).startsWith("The machine was busy before the run started"), report.notes().toString());
        assertEquals(dir.resolve("docs/20261123-1930-quick.md"), md);
        assertTrue(Files.exists(dir.resolve("docs/20261123-1930-quick.json")));
        assertTrue(Files.readString(dir.resolve("docs/20261123-1930-quick-latency.svg")).startsWith("<svg"));
        assertTrue(Files.readString(md).contains("0.13 × B_pg"));
    }

    @Test
    void anEmptyResultsFolderIsAnError(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> ReportAssembler.assemble(new ResultStore(dir), List.of()));
    }

    @Test
    void clearRemovesTheStepFiles(@TempDir Path dir) {
        ResultStore store = new ResultStore(dir);
        store.write("e2e", new ResultStore.RunInfo("r", "quick", "a", "b", "0 0 0"), null, "x");
        store.clear();

        assertTrue(store.read("e2e").isEmpty());
    }
}
