package dev.backchannel.answer;

import dev.backchannel.knowledge.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights that rank the sentences an extractive answer may quote, read from a data file
 * ({@code answer/composition-weights.txt}, which says what each one does). A sentence scores the
 * weighted share of the question's words it holds, plus or minus these.
 */
record CompositionWeights(
        double passageRank,
        double perPosition,
        double opening,
        double definitionOpening,
        double definitionStep,
        double preferredSection,
        double askedLikeSection,
        double enumeration,
        double askedFact,
        double shortSentence,
        int minWords,
        double extraSentenceShare,
        double nearDuplicate,
        double sameContent,
        double restatedContent,
        double restatedOverlap) {

    private static final List<String> NAMES = List.of(
            "passage-rank",
            "per-position",
            "opening",
            "definition-opening",
            "definition-step",
            "preferred-section",
            "asked-like-section",
            "enumeration",
            "asked-fact",
            "short-sentence",
            "min-words",
            "extra-sentence-share",
            "near-duplicate",
            "same-content",
            "restated-content",
            "restated-overlap");

    private static final Set<String> SHARES =
            Set.of("extra-sentence-share", "near-duplicate", "same-content", "restated-content", "restated-overlap");

    private static final String RESOURCE = "answer/composition-weights.txt";

    /** The weights shipped in {@code answer/composition-weights.txt}, read and checked once. */
    static final CompositionWeights STANDARD = read(RESOURCE);

    /** Reads a weights file; a missing, repeated, unknown or out-of-range weight stops loading. */
    static CompositionWeights read(String resource) {
        Map<String, Double> values = new HashMap<>();
        for (ResourceLines.Named entry : ResourceLines.named(resource)) {
            String where = resource + ":" + entry.line() + ": ";
            if (!NAMES.contains(entry.name())) {
                throw new IllegalStateException(where + "unknown weight '" + entry.name() + "'");
            }
            double value;
            try {
                value = Double.parseDouble(entry.value());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + "'" + entry.value() + "' is not a number");
            }
            if (value < 0 || (SHARES.contains(entry.name()) && value > 1)) {
                throw new IllegalStateException(where + entry.name() + " must be between 0 and "
                        + (SHARES.contains(entry.name()) ? "1" : "any positive number"));
            }
            if (entry.name().equals("min-words") && value != Math.rint(value)) {
                throw new IllegalStateException(where + "min-words must be a whole number");
            }
            if (values.put(entry.name(), value) != null) {
                throw new IllegalStateException(where + entry.name() + " is given twice");
            }
        }
        List<String> missing =
                NAMES.stream().filter(name -> !values.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(resource + ": missing " + String.join(", ", missing));
        }
        return new CompositionWeights(
                values.get("passage-rank"),
                values.get("per-position"),
                values.get("opening"),
                values.get("definition-opening"),
                values.get("definition-step"),
                values.get("preferred-section"),
                values.get("asked-like-section"),
                values.get("enumeration"),
                values.get("asked-fact"),
                values.get("short-sentence"),
                values.get("min-words").intValue(),
                values.get("extra-sentence-share"),
                values.get("near-duplicate"),
                values.get("same-content"),
                values.get("restated-content"),
                values.get("restated-overlap"));
    }
}
