package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;

/**
 * Malformed JSON bodies for one endpoint, from a valid example body; one case in ten also (or only)
 * damages a path parameter instead.
 */
public final class JsonCases implements CaseSource {

    private final String method;
    private final String template;
    private final String path;
    private final String authorization;
    private final JsonNode example;
    private final int weight;

    /** {@code path} is {@code template} with real ids filled in, so that valid cases reach the endpoint's logic. */
    public JsonCases(String method, String template, String path, String authorization, JsonNode example, int weight) {
        this.method = method;
        this.template = template;
        this.path = path;
        this.authorization = authorization;
        this.example = example;
        this.weight = weight;
    }

    @Override
    public String endpoint() {
        return method + " " + template;
    }

    @Override
    public int weight() {
        return weight;
    }

    public JsonNode example() {
        return example;
    }

    @Override
    public FuzzCase next(long seed, int index, Random random) {
        if (CaseSource.hasParameters(template) && random.nextInt(10) == 0) {
            String hostile = CaseSource.withHostileParameter(template, path, random);
            return new FuzzCase(seed, index, endpoint(), "path/hostile-id", method, hostile,
                    CaseSource.headers(authorization, "application/json"), JsonMutator.utf8(example));
        }
        JsonMutator.Mutation mutation = JsonMutator.mutate(example, random);
        return new FuzzCase(seed, index, endpoint(), "json/" + mutation.kind(), method, path,
                CaseSource.headers(authorization, mutation.contentType()), mutation.body());
    }
}
