package dev.backchannel.quiz;

import java.util.List;
import java.util.Map;

/**
 * A person's record across every quiz they answered.
 *
 * @param byFormat answers by the format of their question
 * @param missed the topics answered wrongly most often, most first
 */
public record QuizProgress(int answered, int correct, Map<QuizFormat, Tally> byFormat, List<Missed> missed) {

    /** Answers and right answers. */
    public record Tally(int answered, int correct) {
        public int percent() {
            return answered == 0 ? 0 : Math.round(100f * correct / answered);
        }
    }

    /** A topic and how many times it was answered wrongly. */
    public record Missed(String topicId, int misses) {}

    public QuizProgress {
        byFormat = Map.copyOf(byFormat);
        missed = List.copyOf(missed);
    }

    public int percent() {
        return new Tally(answered, correct).percent();
    }
}
