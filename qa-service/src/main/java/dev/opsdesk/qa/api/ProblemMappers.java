package dev.opsdesk.qa.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.InvalidDefinition;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.service.DatabaseFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.persistence.OptimisticLockException;
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
        int status = switch (e.slug()) {
            case "validation-failed" -> 400;
            case "stale-version" -> 412;
            default -> 422;
        };
        String title = status == 400 ? "The request is not valid" : status == 412 ? "The resource changed meanwhile"
                : e.rule() != null ? "A rule refuses this change" : "The request cannot be applied";
        Problem problem = Problem.of(e.slug(), title, status, e.getMessage()).withRule(e.rule())
                .withErrors(e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinition e, UriInfo uri) {
        List<Problem.FieldError> errors = e.problems().stream().map(p -> {
            int colon = p.indexOf(": ");
            return colon < 0 ? new Problem.FieldError("(document)", p)
                    : new Problem.FieldError(p.substring(0, colon), p.substring(colon + 2));
        }).toList();
        return respond(Problem.of("validation-failed", "The request is not valid", 400, e.getMessage())
                .withErrors(errors), uri);
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
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of("concurrent-update", "Someone else changed it at the same time", 409,
                "Reload and apply your change again"), uri);
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
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                // SQLSTATE class 22 (data exception): a value PostgreSQL cannot store, such as a NUL
                // character; 23505: a concurrent request created the same evaluation or dispute first.
                if (sql.getSQLState().startsWith("22")) {
                    return respond(Problem.of("unstorable-value", "A value cannot be stored", 400,
                            "A value in the request cannot be stored, such as text with a NUL character"), uri);
                }
                if ("23505".equals(sql.getSQLState())) {
                    return respond(Problem.of("conflict", "Conflict", 409,
                            "A concurrent request created the same record first; reload it"), uri);
                }
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
