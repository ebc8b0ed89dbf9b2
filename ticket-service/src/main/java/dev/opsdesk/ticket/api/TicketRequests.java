package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Request bodies of the ticket actions. */
public final class TicketRequests {

    private TicketRequests() {
    }

    /** {@code contentSource} SUPPLIER/PURCHASER and {@code recipient} PURCHASER mark content an SME checks (R52). */
    public record AddMessage(AuthorType authorType, Visibility visibility,
                             @NotBlank @Size(max = 100_000) String body,
                             @Pattern(regexp = "SUPPLIER|PURCHASER") String contentSource,
                             @Pattern(regexp = "CUSTOMER|PURCHASER") String recipient) {
    }

    public record Reply(@NotBlank @Size(max = 100_000) String body) {
    }

    public record Override(@NotNull Set<@Pattern(regexp = "R[0-9]{1,3}") String> rules,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    public record ChangeStatus(@NotBlank @Size(max = 64) String status, @Valid Reply reply, Instant reminderDueAt,
                               @Valid Override override) {
    }

    public enum Rating { DSAT, CSAT }

    public record Survey(@NotNull Rating rating) {
    }
}
