package dev.opsdesk.qa.domain.calibration;

import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Alignment of the reviewers of a calibration session. For every interaction scored by at least two
 * reviewers and every item they scored (default-yes and unscored items left out), the consensus is
 * the reference reviewer's result when the session has one, otherwise the result most reviewers gave
 * (no consensus on a tie). A reviewer's alignment = items where they gave the consensus / items of
 * theirs that have one × 100 (the reference reviewer is not rated). Score deviation = the mean, over
 * the interactions, of the reviewer's score minus the interaction's mean score.
 */
public record Alignment(List<Reviewer> reviewers, List<ItemAgreement> items) {

    public record Reviewer(String reviewerId, int evaluations, int comparedItems, int agreedItems,
                           BigDecimal alignment, BigDecimal scoreDeviation) {
    }

    public record ItemAgreement(UUID ticketId, String itemId, Result consensus, Map<String, Result> results) {
    }

    public static Alignment of(List<Evaluation> evaluations, String reference) {
        Map<UUID, List<Evaluation>> byTicket = new LinkedHashMap<>();
        evaluations.forEach(e -> byTicket.computeIfAbsent(e.ticketId, t -> new ArrayList<>()).add(e));
        Map<String, int[]> counts = new TreeMap<>(); // reviewer → {evaluations, compared, agreed}
        Map<String, List<Double>> deviations = new HashMap<>();
        List<ItemAgreement> items = new ArrayList<>();
        for (Evaluation e : evaluations) {
            counts.computeIfAbsent(e.reviewerId, r -> new int[3])[0]++;
        }
        for (Map.Entry<UUID, List<Evaluation>> ticket : byTicket.entrySet()) {
            List<Evaluation> scored = ticket.getValue();
            if (scored.size() < 2) {
                continue;
            }
            deviations(scored, deviations);
            Map<String, Map<String, Result>> byItem = new LinkedHashMap<>();
            for (Evaluation e : scored) {
                for (ItemResult item : e.items()) {
                    if (item.result() != null && !item.isDefault()) {
                        byItem.computeIfAbsent(item.itemId(), i -> new TreeMap<>()).put(e.reviewerId, item.result());
                    }
                }
            }
            for (Map.Entry<String, Map<String, Result>> item : byItem.entrySet()) {
                Result consensus = consensus(item.getValue(), reference);
                items.add(new ItemAgreement(ticket.getKey(), item.getKey(), consensus, item.getValue()));
                if (consensus == null) {
                    continue;
                }
                item.getValue().forEach((reviewer, result) -> {
                    if (!reviewer.equals(reference)) {
                        int[] c = counts.get(reviewer);
                        c[1]++;
                        c[2] += result == consensus ? 1 : 0;
                    }
                });
            }
        }
        List<Reviewer> reviewers = new ArrayList<>();
        counts.forEach((reviewer, c) -> reviewers.add(new Reviewer(reviewer, c[0], c[1], c[2],
                reviewer.equals(reference) || c[1] == 0 ? null : percent(c[2], c[1]),
                mean(deviations.get(reviewer)))));
        return new Alignment(reviewers, items);
    }

    private static Result consensus(Map<String, Result> results, String reference) {
        if (reference != null && results.containsKey(reference)) {
            return results.get(reference);
        }
        if (results.size() < 2) {
            return null;
        }
        Map<Result, Integer> votes = new HashMap<>();
        results.values().forEach(r -> votes.merge(r, 1, Integer::sum));
        int top = votes.values().stream().max(Integer::compare).orElse(0);
        List<Result> leaders = votes.entrySet().stream().filter(v -> v.getValue() == top).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private static void deviations(List<Evaluation> scored, Map<String, List<Double>> deviations) {
        List<Evaluation> withScore = scored.stream().filter(e -> e.score != null).toList();
        if (withScore.size() < 2) {
            return;
        }
        double mean = withScore.stream().mapToDouble(e -> e.score.doubleValue()).average().orElse(0);
        withScore.forEach(e -> deviations.computeIfAbsent(e.reviewerId, r -> new ArrayList<>())
                .add(e.score.doubleValue() - mean));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(values.stream().mapToDouble(Double::doubleValue).average().orElse(0))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
