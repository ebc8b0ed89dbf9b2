package dev.opsdesk.ticket.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.api.Problem;
import dev.opsdesk.ticket.intake.domain.mail.MailRejected;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Intake's refusals as RFC 9457 problems: a refused mail says why with a stable type. */
public class IntakeProblems {

    private final ObjectMapper json;

    IntakeProblems(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response mailRejected(MailRejected e, UriInfo uri) {
        return respond(Problem.of(e.reason(), "The mail was not accepted", e.status(), e.getMessage()), uri);
    }

    /** 401 for a webhook whose signature does not verify (no bearer token is involved there). */
    static Response badSignature(ObjectMapper json, UriInfo uri) {
        return badSignature(json, uri,
                "X-Hub-Signature-256 must be sha256=<HMAC-SHA256 of the raw body with the app secret>");
    }

    static Response badSignature(ObjectMapper json, UriInfo uri, String detail) {
        return new IntakeProblems(json).respond(Problem.of("invalid-signature", "Signature does not verify", 401,
                detail), uri);
    }

    Response respond(Problem problem, UriInfo uri) {
        String body;
        try {
            body = json.writeValueAsString(uri == null ? problem : problem.withInstance(uri.getPath()));
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
