package dev.backchannel.answer;

import dev.backchannel.knowledge.ResourceLines;
import java.util.HashMap;
import java.util.Map;

/**
 * The bounds a language model's answer is held to, read once from {@code answer/model-output.txt}.
 *
 * @param lengthMargin the share past {@code answer.max-chars} an answer may run
 * @param readFactor how many times {@code answer.max-chars} of an answer are read at most
 * @param echoWords the run of words shared with the system prompt that makes an answer an echo
 */
record ModelOutputLimits(double lengthMargin, int readFactor, int echoWords) {

    static final String RESOURCE = "answer/model-output.txt";

    ModelOutputLimits {
        if (lengthMargin < 0 || lengthMargin > 1) {
            throw new IllegalStateException(RESOURCE + ": length-margin must be between 0 and 1, was " + lengthMargin);
        }
        if (readFactor < 2) {
            throw new IllegalStateException(RESOURCE + ": read-factor must be at least 2, was " + readFactor);
        }
        if (echoWords < 4) {
            throw new IllegalStateException(RESOURCE + ": echo-words must be at least 4, was " + echoWords);
        }
    }

    /** The most characters of a model's answer kept or shown, for answers of {@code maxChars}. */
    int maxChars(int answerMaxChars) {
        return (int) Math.round(answerMaxChars * (1 + lengthMargin));
    }

    /** The most characters of a model's answer read, for answers of {@code maxChars}. */
    int readChars(int answerMaxChars) {
        return answerMaxChars * readFactor;
    }

    static ModelOutputLimits load() {
        Map<String, String> values = new HashMap<>();
        for (ResourceLines.Named entry : ResourceLines.named(RESOURCE)) {
            values.put(entry.name(), entry.value());
        }
        try {
            return new ModelOutputLimits(
                    Double.parseDouble(required(values, "length-margin")),
                    Integer.parseInt(required(values, "read-factor")),
                    Integer.parseInt(required(values, "echo-words")));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + ": no line for " + name);
        }
        return value;
    }
}
