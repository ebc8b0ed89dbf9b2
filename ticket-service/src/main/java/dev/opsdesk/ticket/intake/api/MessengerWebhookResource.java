package dev.opsdesk.ticket.intake.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.api.Problem;
import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.domain.chat.WebhookSignature;
import dev.opsdesk.ticket.intake.service.ChatTranscriptIntake;
import dev.opsdesk.ticket.intake.service.IntakeSettingsService;
import dev.opsdesk.ticket.intake.service.MessengerIntake;
import dev.opsdesk.ticket.webhooks.domain.TimestampedSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhooks that providers call without our bearer tokens, so outside {@code /api}: the tenant is in
 * the path and every delivery proves itself with the tenant's own secret, compared in constant time.
 * Messenger signs as Meta defines it (HMAC-SHA256 of the raw body in {@code X-Hub-Signature-256},
 * no timestamp: a replay is caught by its message id). The chat-transcript webhook signs as our own
 * outbound webhooks do ({@link TimestampedSignature}), and a timestamp outside the replay window is
 * refused as stale. Wrong, missing or stale signature → 401; an unknown tenant looks the same as a
 * wrong secret.
 */
@Path("/webhooks")
@Tag(name = "Intake webhooks")
@PermitAll
public class MessengerWebhookResource {

    private final IntakeSettingsService settings;
    private final MessengerIntake messenger;
    private final ChatTranscriptIntake transcripts;
    private final ObjectMapper json;
    private final IntakeConfig config;
    private final Clock clock;

    MessengerWebhookResource(IntakeSettingsService settings, MessengerIntake messenger, ChatTranscriptIntake transcripts,
                             ObjectMapper json, IntakeConfig config, Clock clock) {
        this.settings = settings;
        this.messenger = messenger;
        this.transcripts = transcripts;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/messenger/{tenant}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Messenger subscription check: echoes hub.challenge when hub.verify_token is the tenant's")
    public Response verify(@PathParam("tenant") String tenant, @QueryParam("hub.mode") String mode,
                           @QueryParam("hub.verify_token") String token, @QueryParam("hub.challenge") String challenge,
                           @Context UriInfo uri) {
        IntakeSettings.Messenger secrets = secretsOf(tenant);
        String expected = secrets == null ? null : secrets.verifyToken();
        boolean ok = "subscribe".equals(mode) && expected != null && token != null && challenge != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            return new IntakeProblems(json).respond(Problem.of("forbidden", "Forbidden", 403,
                    "hub.mode must be subscribe and hub.verify_token the tenant's verify token"), uri);
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    @POST
    @Path("/messenger/{tenant}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Messenger deliveries, verified by X-Hub-Signature-256; repeated message ids add nothing")
    public Response deliver(@PathParam("tenant") String tenant, @HeaderParam("X-Hub-Signature-256") String signature,
                            byte[] body, @Context UriInfo uri) {
        return verified(tenant, signature, body, uri, IntakeSettings.Messenger::appSecret,
                payload -> Response.ok(messenger.receive(tenant, payload)).build());
    }

    @POST
    @Path("/chat/{tenant}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A web-chat provider's transcript, signed with the chat-transcript secret: X-Opsdesk-Timestamp"
            + " and X-Opsdesk-Signature t=<ts>,v1=<hex HMAC-SHA256 of \"<ts>.<raw body>\">, within the replay window")
    public Response transcript(@PathParam("tenant") String tenant,
                               @HeaderParam(TimestampedSignature.TIMESTAMP_HEADER) String timestamp,
                               @HeaderParam(TimestampedSignature.SIGNATURE_HEADER) String signature,
                               byte[] body, @Context UriInfo uri) {
        IntakeSettings.Messenger secrets = secretsOf(tenant);
        byte[] raw = body == null ? new byte[0] : body;
        TimestampedSignature.Verdict verdict = secrets == null ? TimestampedSignature.Verdict.MISMATCH
                : TimestampedSignature.verify(secrets.chatTranscriptSecret(), timestamp, signature, raw, clock.instant(),
                config.webhookTolerance());
        return switch (verdict) {
            case VALID -> parsed(raw, uri, payload -> {
                ChatRequests.Transcript request = ChatRequests.read(json, payload);
                return Response.ok(transcripts.receive(tenant, request.toDomain())).build();
            });
            case STALE -> IntakeProblems.badSignature(json, uri, "stale");
            default -> IntakeProblems.badSignature(json, uri, "X-Opsdesk-Timestamp must be unix seconds and"
                    + " X-Opsdesk-Signature t=<ts>,v1=<HMAC-SHA256 of \"<ts>.<raw body>\" with the chat-transcript secret>");
        };
    }

    private Response verified(String tenant, String signature, byte[] body, UriInfo uri,
                              Function<IntakeSettings.Messenger, String> secretOf, Function<JsonNode, Response> then) {
        IntakeSettings.Messenger secrets = secretsOf(tenant);
        byte[] raw = body == null ? new byte[0] : body;
        if (secrets == null || !WebhookSignature.verify(secretOf.apply(secrets), raw, signature)) {
            return IntakeProblems.badSignature(json, uri);
        }
        return parsed(raw, uri, then);
    }

    private Response parsed(byte[] raw, UriInfo uri, Function<JsonNode, Response> then) {
        JsonNode payload;
        try {
            // a key given twice or text after the object is refused as in every other body (api.StrictRequestBodies)
            payload = json.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(raw);
        } catch (IOException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            return new IntakeProblems(json).respond(Problem.of("malformed-json", "Malformed request body", 400,
                    "The body is not a JSON object"), uri);
        }
        return then.apply(payload);
    }

    private IntakeSettings.Messenger secretsOf(String tenant) {
        if (tenant == null || !tenant.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            return null;
        }
        return settings.of(tenant).messenger();
    }
}
