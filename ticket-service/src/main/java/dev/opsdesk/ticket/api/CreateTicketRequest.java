package dev.opsdesk.ticket.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateTicketRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be a channel code such as EMAIL, CHAT, PHONE")
        String channel,
        @NotBlank @Size(max = 998) String subject,
        @NotNull @Valid Requester requester,
        @Size(max = 64) String store,
        @Size(max = 64) String origin,
        java.util.UUID relatedTo) {

    /** Who contacted us: an e-mail, a phone number or a social handle ({@code network:handle}), at least one (A44). */
    public record Requester(@Email @Size(max = 320) String email, @Size(max = 200) String name,
                            @Size(max = 40) String phone, @Size(max = 200) String social) {

        dev.opsdesk.ticket.domain.Requester toDomain() {
            return new dev.opsdesk.ticket.domain.Requester(email, name, phone, social);
        }
    }
}
