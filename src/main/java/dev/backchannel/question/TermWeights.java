package dev.backchannel.question;

import java.util.Map;
import java.util.Set;

/** Arithmetic on IDF-weighted question words, shared by the evidence check and answer composition. */
public final class TermWeights {

    private TermWeights() {}

    /** The weighted share, 0 to 1, of the question's words that {@code present} contains. */
    public static double share(Map<String, Double> weights, Set<String> present) {
        double total = 0;
        double matched = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            total += entry.getValue();
            if (present.contains(entry.getKey())) {
                matched += entry.getValue();
            }
        }
        return total == 0 ? 0 : matched / total;
    }
}
