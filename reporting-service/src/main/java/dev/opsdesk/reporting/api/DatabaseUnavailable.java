package dev.opsdesk.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.reporting.config.DatabaseOutageConfig;
import dev.opsdesk.reporting.service.DatabaseAvailability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The answer while PostgreSQL is unreachable: 503 {@code database-unavailable} with Retry-After, so
 * clients and webhook providers retry later and nothing half-done is reported as done. A call that
 * fails on the database marks it down ({@link DatabaseAvailability}); until the probe sees it again,
 * every API and webhook call gets this answer at once, without waiting for the connection pool.
 */
@ApplicationScoped
public class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    private final ObjectMapper json;
    private final DatabaseAvailability availability;
    private final DatabaseOutageConfig config;
    private final Counter answered;

    DatabaseUnavailable(ObjectMapper json, DatabaseAvailability availability, DatabaseOutageConfig config,
                        MeterRegistry metrics) {
        this.json = json;
        this.availability = availability;
        this.config = config;
        this.answered = metrics.counter("opsdesk.http.database-unavailable");
    }

    @ServerRequestFilter
    public Response refuseWhileDown(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!availability.isDown() || !(path.startsWith("/api/") || path.startsWith("/webhooks/"))) {
            return null;
        }
        return answer(path);
    }

    /** For a call that failed on the database. */
    public Response respond(Throwable failure, UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        LOG.debugf("database unavailable on %s: %s", path, failure);
        availability.noteFailure(failure);
        return answer(path);
    }

    private Response answer(String path) {
        answered.increment();
        Problem problem = Problem.of("database-unavailable", "The database is unavailable", 503,
                "The request was not carried out; try again after the Retry-After delay");
        if (path != null) {
            problem = problem.withInstance(path);
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":503}";
        }
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, config.retryAfter().toSeconds()))
                .entity(body).build();
    }
}
