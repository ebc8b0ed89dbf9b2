package dev.opsdesk.qa.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aRefusedOrBrokenConnectionAShutdownOrAnEmptyPoolMeanTheDatabaseIsUnavailable() {
        assertTrue(DatabaseFailures.unavailable(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.unavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseFailures.unavailable(
                new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        RuntimeException failedCommit = new RuntimeException("commit failed");
        failedCommit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(DatabaseFailures.unavailable(failedCommit));
    }

    @Test
    void badValuesConstraintsAndBugsAreNeitherOutagesNorWorthRetrying() {
        for (Exception e : new Exception[] {new SQLException("duplicate key", "23505"),
                new SQLException("invalid byte sequence", "22021"), new SQLException("no state"),
                new IllegalStateException("a bug")}) {
            assertFalse(DatabaseFailures.unavailable(e), e.toString());
            assertFalse(DatabaseFailures.isTransient(e), e.toString());
        }
    }

    @Test
    void aLostRaceOrLockWaitIsWorthRetryingButIsNoOutage() {
        for (String state : new String[] {"40001", "40P01", "55P03", "57014"}) {
            assertTrue(DatabaseFailures.isTransient(new PersistenceException(new SQLException("lost", state))), state);
            assertFalse(DatabaseFailures.unavailable(new SQLException("lost", state)), state);
        }
        assertTrue(DatabaseFailures.isTransient(new SQLException("refused", "08001")));
    }
}
