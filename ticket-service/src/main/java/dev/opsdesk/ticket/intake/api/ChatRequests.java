package dev.opsdesk.ticket.intake.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.intake.service.ChatTranscriptIntake;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;

/** Request bodies of chat intake. */
public final class ChatRequests {

    private ChatRequests() {
    }

    public record Customer(@Size(max = 200) String name, @Size(max = 320) String email, @Size(max = 40) String phone,
                           @Size(max = 140) String social) {
    }

    public record Line(@NotBlank @Size(max = 200) String id, @NotNull AuthorType author, @Size(max = 200) String agentId,
                       @NotBlank @Size(max = 100_000) String text) {
    }

    public record Transcript(@NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._:-]+") String conversationId,
                             @Valid Customer customer, @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

        ChatTranscriptIntake.Transcript toDomain() {
            Requester requester = customer == null ? null
                    : new Requester(customer.email(), customer.name(), customer.phone(), customer.social());
            return new ChatTranscriptIntake.Transcript(conversationId, requester, lines.stream()
                    .map(l -> new ChatTranscriptIntake.Line(l.id(), l.author(), l.agentId(), l.text())).toList());
        }
    }

    /** The signed webhook has no bean validation: the same checks, by hand, as a 422. */
    static Transcript read(ObjectMapper json, JsonNode payload) {
        Transcript transcript;
        try {
            transcript = json.treeToValue(payload, Transcript.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleViolation(null, "body", "not a chat transcript: conversationId, customer, lines[]");
        }
        if (transcript.conversationId() == null || !transcript.conversationId().matches("[A-Za-z0-9._:-]{1,200}")
                || transcript.lines() == null || transcript.lines().isEmpty() || transcript.lines().size() > 500
                || transcript.lines().stream().anyMatch(l -> l == null || l.id() == null || l.id().isBlank()
                || l.author() == null || l.text() == null || l.text().isBlank() || l.text().length() > 100_000)) {
            throw new RuleViolation(null, "body", "a transcript needs a conversationId and 1 to 500 lines,"
                    + " each with an id, an author and a text");
        }
        return transcript;
    }
}
