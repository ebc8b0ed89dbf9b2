package dev.opsdesk.ticket.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} gets a 413 problem. Quarkus
 * refuses it in a Vert.x route (order -2) before JAX-RS, with an empty body no exception mapper can
 * change, so this route answers first. A chunked body has no length to announce: Quarkus finds it
 * too large while reading and still answers its bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int BEFORE_QUARKUS_BODY_SIZE_CHECK = -3;

    private final ObjectMapper json;
    private final long maxBodySize;

    BodySizeLimit(ObjectMapper json,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_BODY_SIZE_CHECK).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        if (announcedLength(context) <= maxBodySize) {
            context.next();
            return;
        }
        Problem problem = Problem.of("payload-too-large", "Payload Too Large", 413,
                "The body is larger than the " + maxBodySize + " bytes this API accepts")
                .withInstance(context.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The rest of the body is never read, so the connection cannot carry another request.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static long announcedLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0; // not ours to judge: the HTTP codec refuses a malformed Content-Length
        }
    }
}
