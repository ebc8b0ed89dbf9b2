package dev.opsdesk.reporting.service;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure of the database itself (down, restarting, unreachable, out of connections) from a
 * failure of the request or record being handled. The SQLException may sit anywhere in the chain:
 * Hibernate, Narayana and Agroal each wrap it differently, and a failed commit may only suppress it.
 */
public final class DatabaseFailures {

    /** SQLSTATE 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections. */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    /** 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available, 57014 query_canceled (timeouts). */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "55P03", "57014");
    private static final int MAX_DEPTH = 32;

    private DatabaseFailures() {
    }

    /** The database cannot be reached: SQLSTATE class 08, a shutdown or start-up, the pool's acquisition timeout. */
    public static boolean unavailable(Throwable failure) {
        return anyInChain(failure, DatabaseFailures::isUnavailable);
    }

    /** Worth doing again unchanged: the database is unavailable, or a transaction lost a race or a lock wait. */
    public static boolean isTransient(Throwable failure) {
        return anyInChain(failure, t -> isUnavailable(t)
                || t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState()));
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof ConnectException || t instanceof JDBCConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) { // Agroal's "Acquisition timeout while waiting for new connection" has none
            return sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return state.startsWith("08") || UNAVAILABLE.contains(state);
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }
}
