package dev.opsdesk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportCursorTest {

    @Test
    void aCursorRoundTripsAndIsBoundToItsDatasetAndGeneration() {
        ExportCursor cursor = ExportCursor.start("activities", 3).after(12345, UUID.randomUUID());
        assertEquals(cursor, ExportCursor.decode(cursor.encode(), "activities", 3));
        assertThrows(ExportCursor.InvalidCursorException.class, () -> ExportCursor.decode(cursor.encode(), "tickets", 3));
        assertThrows(ExportCursor.CursorExpiredException.class, () -> ExportCursor.decode(cursor.encode(), "activities", 4));
        assertThrows(ExportCursor.InvalidCursorException.class, () -> ExportCursor.decode("%%%", "activities", 3));
        assertThrows(ExportCursor.InvalidCursorException.class, () -> ExportCursor.decode("bm9wZQ", "activities", 3));
    }
}
