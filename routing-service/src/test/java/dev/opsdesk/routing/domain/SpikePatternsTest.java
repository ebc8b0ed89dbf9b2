package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.domain.alert.PatternWindow;
import dev.opsdesk.routing.domain.alert.VolumeThreshold;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A28's threshold, A29's normalised subjects and sliding window, as plain functions. */
class SpikePatternsTest {

    @Test
    void subjectsAreComparedWithoutCaseNumbersIdsAndReplyPrefixes() {
        assertEquals("order not received", SubjectNormalizer.normalize("RE: Fwd: Order #4711 NOT received!!"));
        assertEquals("order not received", SubjectNormalizer.normalize("order A-12 not received"));
        assertEquals("ticket still open", SubjectNormalizer.normalize("Re: ticket 7f3c9a2e-1b2c still open"));
        assertNull(SubjectNormalizer.normalize("Re: 12345"));
    }

    @Test
    void theVolumeThresholdIsTheLargerOfAbsoluteAndFactorTimesMedian() {
        assertEquals(50, VolumeThreshold.of(50, 2, List.of()));
        assertEquals(50, VolumeThreshold.of(50, 2, List.of(10, 20, 30)));
        assertEquals(70, VolumeThreshold.of(50, 2, List.of(20, 30, 40, 90)));
    }

    @Test
    void theDensestWindowAroundACaseIsFoundWhateverOrderCasesArrived() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        List<Instant> times = List.of(t, t.plusSeconds(600), t.plusSeconds(1200), t.plusSeconds(4000),
                t.plusSeconds(4100));
        var window = PatternWindow.densestContaining(times, t, Duration.ofMinutes(60)).orElseThrow();
        assertEquals(3, window.count());
        var later = PatternWindow.densestContaining(times, t.plusSeconds(4000), Duration.ofMinutes(60)).orElseThrow();
        assertEquals(4, later.count()); // 600 .. 4100 s lies within one hour
    }
}
