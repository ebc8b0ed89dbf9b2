package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Webhook deliveries for a tenant: most are signed correctly over the damaged raw body, so the
 * damage reaches the parser behind the signature check; some are signed badly (no signature, a
 * signature of another body, a corrupted one) or name another tenant.
 */
public final class WebhookCases implements CaseSource {

    private final String template;
    private final String tenant;
    private final IntFunction<JsonNode> example;
    private final WebhookSigner signer;
    private final int weight;

    /**
     * @param template a path with a {@code {tenant}} segment
     * @param example  a valid delivery for case {@code index}, with ids of its own so it is not a replay
     */
    public WebhookCases(String template, String tenant, IntFunction<JsonNode> example, WebhookSigner signer, int weight) {
        this.template = template;
        this.tenant = tenant;
        this.example = example;
        this.signer = signer;
        this.weight = weight;
    }

    @Override
    public String endpoint() {
        return "POST " + template;
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public FuzzCase next(long seed, int index, Random random) {
        JsonNode valid = example.apply(index);
        JsonMutator.Mutation mutation = JsonMutator.mutate(valid, random);
        byte[] body = mutation.body();
        String path = template.replace("{tenant}", tenant);
        String kind = "webhook/" + mutation.kind();
        Map<String, String> headers = new LinkedHashMap<>(CaseSource.headers(null, mutation.contentType()));
        int roll = random.nextInt(20);
        if (roll == 0) {
            kind = "webhook/unsigned";
        } else if (roll == 1) {
            kind = "webhook/signed-for-another-body";
            headers.putAll(signer.headers(JsonMutator.utf8(valid)));
        } else if (roll == 2) {
            kind = "webhook/corrupted-signature";
            signer.headers(body).forEach((name, value) -> headers.put(name, corrupt(value, random)));
        } else if (roll == 3) {
            kind = "webhook/other-tenant";
            path = template.replace("{tenant}", random.nextBoolean() ? "no-such-tenant" : HostileValues.pathSegment(random));
            headers.putAll(signer.headers(body));
        } else {
            headers.putAll(signer.headers(body));
        }
        return new FuzzCase(seed, index, endpoint(), kind, "POST", path, headers, body);
    }

    private static String corrupt(String value, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> value.substring(0, value.length() - 1) + (value.endsWith("0") ? "1" : "0");
            case 1 -> value.substring(0, value.length() / 2);
            case 2 -> value.replaceFirst("^sha256=", "sha1=");
            case 3 -> "sha256=";
            case 4 -> value + "zz";
            default -> List.of("sha256", "none", "sha256=" + "f".repeat(10_000)).get(random.nextInt(3));
        };
    }
}
