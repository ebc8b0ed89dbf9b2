package dev.opsdesk.testing.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed query strings for a GET endpoint, from valid example parameters: hostile values (dates
 * beyond any calendar, huge numbers, invalid percent-encoded UTF-8), dropped, repeated, swapped and
 * unknown parameters; path parameters get hostile segments now and then.
 */
public final class QueryCases implements CaseSource {

    private final String template;
    private final String path;
    private final String authorization;
    private final Map<String, String> example;
    private final List<String> parameters;
    private final int weight;

    /** {@code example}: a valid query; {@code parameters}: every parameter the endpoint declares (the ones damaged). */
    public QueryCases(String template, String path, String authorization, Map<String, String> example,
                      List<String> parameters, int weight) {
        this.template = template;
        this.path = path;
        this.authorization = authorization;
        this.example = new LinkedHashMap<>(example);
        this.parameters = parameters.isEmpty() ? List.of("from") : List.copyOf(parameters);
        this.weight = weight;
    }

    @Override
    public String endpoint() {
        return "GET " + template;
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public FuzzCase next(long seed, int index, Random random) {
        List<String[]> parameters = new ArrayList<>();
        example.forEach((name, value) -> parameters.add(new String[] {name, encode(value)}));
        String target = path;
        String kind;
        int roll = random.nextInt(CaseSource.hasParameters(template) ? 9 : 8);
        String name = this.parameters.get(random.nextInt(this.parameters.size()));
        switch (roll) {
            case 0, 1, 2 -> {
                kind = "query/hostile-value";
                set(parameters, name, HostileValues.queryValue(random));
            }
            case 3 -> {
                kind = "query/dropped";
                parameters.removeIf(p -> p[0].equals(name));
            }
            case 4 -> {
                kind = "query/repeated";
                parameters.add(new String[] {name, HostileValues.queryValue(random)});
            }
            case 5 -> {
                kind = "query/unknown-parameter";
                parameters.add(new String[] {random.nextBoolean() ? "tenant" : "fuzz" + random.nextInt(100),
                        HostileValues.queryValue(random)});
            }
            case 6 -> {
                kind = "query/swapped-range";
                swap(parameters);
            }
            case 7 -> {
                kind = random.nextBoolean() ? "query/valid" : "query/many-parameters";
                if (kind.endsWith("many-parameters")) {
                    for (int i = 0; i < 500; i++) {
                        parameters.add(new String[] {name, HostileValues.queryValue(random)});
                    }
                }
            }
            default -> {
                kind = "path/hostile-id";
                target = CaseSource.withHostileParameter(template, path, random);
            }
        }
        StringBuilder query = new StringBuilder();
        for (String[] parameter : parameters) {
            query.append(query.length() == 0 ? "?" : "&").append(parameter[0]).append('=').append(parameter[1]);
        }
        return new FuzzCase(seed, index, endpoint(), kind, "GET", target + query,
                CaseSource.headers(authorization, null), new byte[0]);
    }

    private static void set(List<String[]> parameters, String name, String value) {
        parameters.removeIf(p -> p[0].equals(name));
        parameters.add(new String[] {name, value});
    }

    /** The first two parameters' values exchanged: {@code from} after {@code to}. */
    private static void swap(List<String[]> parameters) {
        if (parameters.size() >= 2) {
            String first = parameters.get(0)[1];
            parameters.get(0)[1] = parameters.get(1)[1];
            parameters.get(1)[1] = first;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
