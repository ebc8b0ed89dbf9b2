package dev.opsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates event payloads against the JSON Schemas published in the event-contracts module
 * (on the test classpath under {@code contracts/schemas/<type>.json}).
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContracts() {
    }

    /** The violations of {@code payload} against the schema of {@code eventType}; empty when valid. */
    public static List<String> violations(String eventType, String payload) {
        String resource = "contracts/schemas/" + eventType + ".json";
        try (InputStream schemaStream = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (schemaStream == null) {
                throw new IllegalArgumentException("no schema on the classpath: " + resource);
            }
            JsonSchema schema = FACTORY.getSchema(schemaStream);
            JsonNode document = JSON.readTree(payload);
            return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
