package dev.opsdesk.ticket.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.opsdesk.ticket.domain.customer.Identity;
import dev.opsdesk.ticket.domain.customer.IdentityKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Request bodies of the customer endpoints. */
public final class CustomerRequests {

    static final int MAX_IDENTITIES = 20;
    static final String PHONE = "\\+?[0-9 ()./-]{4,40}";
    static final String PHONE_MESSAGE = "must be a phone number: digits, optionally a leading + and spaces, dots, dashes or brackets";
    static final String NETWORK = "[A-Za-z0-9][A-Za-z0-9_.-]{0,31}";
    static final String SOCIAL = NETWORK + ":@?\\S{1,100}";

    private CustomerRequests() {
    }

    public record SocialHandle(
            @NotBlank @Pattern(regexp = NETWORK, message = "must be a network name such as facebook, instagram, vk") String network,
            @NotBlank @Pattern(regexp = "@?\\S{1,100}", message = "must be a handle of 1 to 100 characters without spaces") String handle) {
    }

    public record Create(
            @Size(max = 200) String displayName,
            @Size(max = MAX_IDENTITIES) List<@NotBlank @Email @Size(max = 320) String> emails,
            @Size(max = MAX_IDENTITIES) List<@NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String> phones,
            @Size(max = MAX_IDENTITIES) List<@NotNull @Valid SocialHandle> socialHandles,
            Boolean legalEntity) {

        /** Validated as the property "identities": a customer is found by its identities, so it needs one. */
        @JsonIgnore
        @AssertTrue(message = "give between 1 and 20 identities (emails, phones, socialHandles) in total")
        public boolean isIdentities() {
            int count = size(emails) + size(phones) + size(socialHandles);
            return count >= 1 && count <= MAX_IDENTITIES;
        }

        /** Normalised; call only on a validated request. */
        List<Identity> identities() {
            return Stream.of(
                    orEmpty(emails).stream().map(e -> Identity.email(e, "emails")),
                    orEmpty(phones).stream().map(p -> Identity.phone(p, "phones")),
                    orEmpty(socialHandles).stream().map(s -> Identity.social(s.network(), s.handle(), "socialHandles"))
            ).flatMap(s -> s).toList();
        }

        private static int size(List<?> list) {
            return list == null ? 0 : list.size();
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    /** SOCIAL values are {@code network:handle}. */
    public record AddIdentity(@NotNull IdentityKind kind, @NotBlank @Size(max = 420) String value) {
    }

    public record Merge(@NotNull UUID from) {
    }
}
