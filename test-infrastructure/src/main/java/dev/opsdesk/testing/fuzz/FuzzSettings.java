package dev.opsdesk.testing.fuzz;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How many cases a fuzz test sends and from which seed: {@code -Dfuzz.seed=<long>} (or {@code random}),
 * {@code -Dfuzz.cases=<n>} (or {@code -Dfuzz.cases.<service>=<n>} for one service of a multi-module run), and {@code -Dfuzz.only=12,345} to replay single cases of a run. Case
 * {@code i} depends only on the seed and {@code i}, so seed + index reproduce any case.
 */
public record FuzzSettings(long seed, int cases, Set<Integer> only) {

    /** The seed of the committed report (docs/fuzz/README.md); any other is as good. */
    public static final long DEFAULT_SEED = 20261201L;

    public static FuzzSettings fromSystemProperties(String service, int defaultCases) {
        String seedProperty = System.getProperty("fuzz.seed", "").strip();
        long seed = seedProperty.isEmpty() ? DEFAULT_SEED
                : seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        String casesProperty = System.getProperty("fuzz.cases." + service, System.getProperty("fuzz.cases", "")).strip();
        int cases = casesProperty.isEmpty() ? defaultCases : Integer.parseInt(casesProperty);
        String onlyProperty = System.getProperty("fuzz.only", "").strip();
        Set<Integer> only = onlyProperty.isEmpty() ? Set.of() : Arrays.stream(onlyProperty.split(","))
                .map(String::strip).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
        return new FuzzSettings(seed, cases, only);
    }

    /** The indexes this run sends. */
    public int[] indexes() {
        return only.isEmpty() ? java.util.stream.IntStream.range(0, cases).toArray()
                : only.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The random source of one case: independent of every other case. */
    public java.util.Random randomFor(int index) {
        return new java.util.Random(seed * 0x9E3779B97F4A7C15L + index);
    }

    @Override
    public String toString() {
        return "fuzz.seed=" + seed + " fuzz.cases=" + cases + (only.isEmpty() ? "" : " fuzz.only=" + only);
    }
}
