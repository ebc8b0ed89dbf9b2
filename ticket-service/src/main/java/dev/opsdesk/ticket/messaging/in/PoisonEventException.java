package dev.opsdesk.ticket.messaging.in;

/** A record that can never be read; it goes to the dead-letter topic with this message as the reason. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
