package dev.opsdesk.ticket.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies are read strictly: a field the request record does not define is a 400
 * ({@link AccessProblems#unknownField}), so nobody can set a server-owned field by sending it.
 * A key given twice, and anything after the JSON value, are 400s too: Jackson would otherwise take the
 * last of two values and ignore what follows the first document.
 * Only HTTP bodies: the Kafka consumers keep the application's tolerant mapper.
 */
@Provider
public class StrictRequestBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    StrictRequestBodies(ObjectMapper json) {
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
