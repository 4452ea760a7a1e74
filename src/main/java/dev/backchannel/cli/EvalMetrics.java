package dev.backchannel.cli;

import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Recall@k, MRR and abstention accuracy over eval outcomes, overall and per group. */
final class EvalMetrics {

    /** One question's expected topics against what the answer cited. */
    /**
     * @param keyFound whether the answer holds one of the question's key facts; empty when the
     *     question lists none
     */
    record Outcome(
            String id,
            List<String> expect,
            List<String> cited,
            Optional<String> abstainReason,
            Optional<Boolean> keyFound,
            Map<String, String> groups) {
        boolean inDomain() {
            return !expect.isEmpty();
        }

        boolean abstained() {
            return abstainReason.isPresent();
        }
    }

    /** The numbers for one set of outcomes. */
    /** @param keyRate the share of questions with key facts whose answer holds one; NaN when none has */
    record Scores(
            int questions,
            int inDomain,
            double recall1,
            double recall3,
            double recall5,
            double mrr,
            double abstentionAccuracy,
            double keyRate) {}

    private EvalMetrics() {}

    static Scores score(List<Outcome> outcomes) {
        double r1 = 0, r3 = 0, r5 = 0, mrr = 0;
        int inDomain = 0;
        int correctAbstentions = 0;
        int keyed = 0;
        int keysFound = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.keyFound().isPresent()) {
                keyed++;
                keysFound += outcome.keyFound().get() ? 1 : 0;
            }
            if (outcome.inDomain() == !outcome.abstained()) {
                correctAbstentions++;
            }
            if (!outcome.inDomain()) {
                continue;
            }
            inDomain++;
            r1 += recall(outcome, 1);
            r3 += recall(outcome, 3);
            r5 += recall(outcome, 5);
            for (int i = 0; i < outcome.cited().size(); i++) {
                if (outcome.expect().contains(outcome.cited().get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        double n = Math.max(1, inDomain);
        return new Scores(
                outcomes.size(),
                inDomain,
                r1 / n,
                r3 / n,
                r5 / n,
                mrr / n,
                correctAbstentions / (double) Math.max(1, outcomes.size()),
                keyed == 0 ? Double.NaN : keysFound / (double) keyed);
    }

    /** The share of expected topics among the first k cited ones. */
    static double recall(Outcome outcome, int k) {
        List<String> top =
                outcome.cited().subList(0, Math.min(k, outcome.cited().size()));
        long found = outcome.expect().stream().filter(top::contains).count();
        return found / (double) outcome.expect().size();
    }

    static String table(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        groups.put("all", outcomes);
        for (Outcome outcome : outcomes) {
            outcome.groups()
                    .forEach((field, value) -> groups.computeIfAbsent(field + "=" + value, k -> new ArrayList<>())
                            .add(outcome));
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                "%-22s %5s %5s %6s %6s %6s %6s %8s %6s%n",
                "group", "n", "in", "R@1", "R@3", "R@5", "MRR", "abstain", "key"));
        groups.forEach((name, members) -> {
            Scores s = score(members);
            table.append(String.format(
                    "%-22s %5d %5d %6.3f %6.3f %6.3f %6.3f %8.3f %6s%n",
                    name,
                    s.questions(),
                    s.inDomain(),
                    s.recall1(),
                    s.recall3(),
                    s.recall5(),
                    s.mrr(),
                    s.abstentionAccuracy(),
                    Double.isNaN(s.keyRate()) ? "-" : String.format("%.3f", s.keyRate())));
        });
        return table.toString();
    }

    /**
     * Whether a text holds one of the key facts, compared folded and from a word's start, so "ngoai
     * giao" finds "ngoại giao", the stem "deniab" finds "deniability" and "test" does not find
     * "contest".
     */
    static boolean containsAny(String text, List<String> keys) {
        String folded = " " + TextFolding.foldWords(text);
        return keys.stream().anyMatch(key -> folded.contains(" " + TextFolding.foldWords(key)));
    }

    /** How many questions were abstained on for each reason, in domain and out of domain. */
    static String reasons(List<Outcome> outcomes) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            outcome.abstainReason()
                    .ifPresent(reason -> counts.computeIfAbsent(reason, r -> new int[2])[outcome.inDomain() ? 0 : 1]++);
        }
        StringBuilder text =
                new StringBuilder(String.format("%-22s %9s %13s%n", "abstain reason", "in-domain", "out-of-domain"));
        counts.forEach((reason, n) -> text.append(String.format("%-22s %9d %13d%n", reason, n[0], n[1])));
        return text.toString();
    }
}
