package dev.opsdesk.testing.fuzz;

import java.util.Random;

/** Malformed RFC 5322 messages POSTed to a raw-mail intake endpoint. */
public final class MimeCases implements CaseSource {

    private final String path;
    private final String authorization;
    private final int weight;

    public MimeCases(String path, String authorization, int weight) {
        this.path = path;
        this.authorization = authorization;
        this.weight = weight;
    }

    @Override
    public String endpoint() {
        return "POST " + path;
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public FuzzCase next(long seed, int index, Random random) {
        MimeMutator.Mutation mutation = MimeMutator.mutate(seed, index, random);
        return new FuzzCase(seed, index, endpoint(), "mime/" + mutation.kind(), "POST", path,
                CaseSource.headers(authorization, mutation.contentType()), mutation.body());
    }
}
