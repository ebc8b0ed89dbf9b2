package dev.opsdesk.qa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The answers of the access checks: 429 with Retry-After, and 400 for a field a request does not have. */
public class AccessProblems {

    private final ObjectMapper json;

    AccessProblems(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitExceeded e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("rate-limited", "Too many requests", 429, e.getMessage()), uri))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    /** Mass assignment: a field the request does not define (tenant, owner, status, ids ...) is refused, not ignored. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        Problem problem = Problem.of("unknown-field", "The request has a field it does not define", 400,
                        "Field '" + field + "' is not part of this request; server-owned fields cannot be set")
                .withErrors(List.of(new Problem.FieldError(field, "is not a field of this request")));
        return respond(problem, uri);
    }

    private Response respond(Problem problem, UriInfo uri) {
        String body;
        try {
            body = json.writeValueAsString(uri == null ? problem : problem.withInstance(uri.getPath()));
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
