package dev.opsdesk.ticket.domain;

/** The client changed a ticket based on a version that is no longer current (If-Match). */
public class StaleTicketException extends RuntimeException {

    public StaleTicketException(long expected, long actual) {
        super("The ticket changed since you read it (your version " + expected + ", current " + actual
                + "); reload it and apply your change again");
    }
}
