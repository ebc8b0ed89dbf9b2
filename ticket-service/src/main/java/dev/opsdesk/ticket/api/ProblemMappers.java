package dev.opsdesk.ticket.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.StaleTicketException;
import dev.opsdesk.ticket.domain.note.NoteRejected;
import dev.opsdesk.ticket.domain.tenant.TenantNotProvisioned;
import dev.opsdesk.ticket.service.DatabaseFailures;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.OptimisticLockException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json: no stack traces, no class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;
    private final DatabaseUnavailable databaseUnavailable;

    ProblemMappers(ObjectMapper json, DatabaseUnavailable databaseUnavailable) {
        this.json = json;
        this.databaseUnavailable = databaseUnavailable;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of("validation-failed", "The request is not valid", 400,
                errors.size() + " field(s) failed validation").withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(malformed(e), uri);
    }

    /** More specific than Quarkus' own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return respond(malformed(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return respond(malformed(cause), uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = family == Response.Status.Family.SERVER_ERROR ? null : e.getMessage();
        Problem problem = Problem.of(slugOf(status), title, status, detail);
        return respond(problem, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of("unauthenticated", "Authentication required", 401,
                "Send a valid bearer token in the Authorization header");
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this operation" : e.getMessage();
        return respond(Problem.of("forbidden", "Forbidden", 403, detail), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        String slug = e.overridable() ? "rule-warning" : e.rule() == null ? "invalid-value" : "rule-violation";
        String title = e.overridable() ? "A warn-level rule needs an override with a reason"
                : e.rule() == null ? "A value is not valid for this tenant" : "A tenant rule refuses this change";
        List<Problem.FieldError> errors = e instanceof NoteRejected rejected
                ? rejected.problems().stream().map(p -> new Problem.FieldError(p.field(), p.detail())).toList()
                : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        Problem problem = Problem.of(slug, title, 422, e.getMessage()).withRule(e.rule()).withErrors(errors);
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return respond(Problem.of("not-found", "Not Found", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleTicketException e, UriInfo uri) {
        return respond(Problem.of("stale-version", "The ticket changed meanwhile", 412, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of("concurrent-update", "Someone else changed the ticket at the same time", 409,
                "Reload the ticket and apply your change again"), uri);
    }

    @ServerExceptionMapper
    public Response tenantNotProvisioned(TenantNotProvisioned e, UriInfo uri) {
        return respond(Problem.of("tenant-not-provisioned", "Unknown tenant", 403, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unavailable(e)) {
            return databaseUnavailable.respond(e, uri);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return concurrentUpdate(null, uri);
            }
            // SQLSTATE class 22 (data exception): a value PostgreSQL cannot store or compare, such as a NUL
            // character in a text or a date beyond its range. Only requests carry such values here, and
            // the transaction has been rolled back.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                LOG.debugf("unstorable value on %s: %s", uri.getPath(), sql.getMessage());
                return respond(Problem.of("unstorable-value", "A value cannot be stored", 400,
                        "A value in the request cannot be stored, such as text with a NUL character"
                                + " or a date before 4713 BC or after 294276 AD"), uri);
            }
        }
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(Problem.of("internal-error", "Internal error", 500,
                "The request could not be completed; it has been logged"), uri);
    }

    private static Problem malformed(JsonProcessingException e) {
        String detail;
        if (e instanceof JsonParseException || e.getLocation() != null && !(e instanceof JsonMappingException)) {
            detail = "The body is not well-formed JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "Field '" + mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) + "' has a value of the wrong type";
        } else {
            detail = "The body could not be read as the expected JSON document";
        }
        return Problem.of("malformed-json", "Malformed request body", 400, detail);
    }

    /** "create.request.requester.email" → "requester.email"; a constrained parameter → its name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        String body;
        try {
            body = json.writeValueAsString(withInstance);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
