package dev.opsdesk.benchmark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LatencyPlotTest {

    @Test
    void drawsP50P99AndMaxOfEveryStepWithTheLimitTheSustainedRateAndBpg() throws Exception {
        BenchmarkReport r = SampleReports.quickRun();
        List<dev.opsdesk.benchmark.steps.IntakeStep> steps = new ArrayList<>(r.intake().steps());
        steps.addAll(r.intake().sustained());

        String svg = LatencyPlot.svg("Intake <quick>", steps, 188.0, 250.0, 100);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(3, doc.getElementsByTagName("path").getLength(), "p50, p99, max");
        assertTrue(svg.contains("Intake &lt;quick&gt;"));
        assertTrue(svg.contains("p99 limit 100 ms"));
        assertTrue(svg.contains("sustained 188/s"));
        assertTrue(svg.contains("B_pg 250/s"));
        assertTrue(svg.contains("<rect x="), "the failed step is a square");
    }

    @Test
    void aBaselineFarBeyondTheMeasuredRatesIsNamedOffScale() {
        String svg = LatencyPlot.svg("t", SampleReports.quickRun().intake().steps(), null, 1500.0, 100);

        assertTrue(svg.contains("B_pg 1500/s (off scale)"));
    }

    @Test
    void niceAxisSteps() {
        assertEquals(50, LatencyPlot.niceStep(38));
        assertEquals(200, LatencyPlot.niceStep(150));
        assertEquals(250, LatencyPlot.niceCeiling(236));
    }
}
