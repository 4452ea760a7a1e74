package dev.backchannel.answer;

import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.question.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which sentences cannot be quoted alone: one that leans on the sentence before it ("As a result,
 * ...", "They ...", "Điều này ...") and one that announces what the next sentences say ("An
 * analysis lists four marks."). The phrases that tell are data ({@code lexicon/<language>/}).
 */
final class SentenceLinks {

    private final List<Pattern> dependentOpenings;
    private final List<Pattern> announcements;

    SentenceLinks(Lexicon lexicon) {
        this.dependentOpenings = lexicon.dependentOpenings();
        this.announcements = lexicon.announcements();
    }

    /** Whether a sentence needs the one before it to be understood. */
    boolean needsPrevious(String sentence) {
        String folded = TextFolding.lowerWords(sentence);
        return dependentOpenings.stream().anyMatch(p -> p.matcher(folded).lookingAt());
    }

    /** Whether a sentence says only that something follows. */
    boolean needsNext(String sentence) {
        if (sentence.endsWith(":")) {
            return true;
        }
        if (sentence.contains(": ") || QuotedUnits.enumerates(sentence)) {
            // A sentence that lists its items says what it announces.
            return false;
        }
        String folded = TextFolding.lowerWords(sentence);
        return announcements.stream().anyMatch(p -> p.matcher(folded).find());
    }

    /** The sentence just before a candidate in its passage, if it was a candidate. */
    static Optional<Candidate> previous(Candidate candidate, List<Candidate> candidates) {
        return neighbour(candidate, candidates, -1);
    }

    /** The sentence just after a candidate in its passage, if it was a candidate. */
    static Optional<Candidate> next(Candidate candidate, List<Candidate> candidates) {
        return neighbour(candidate, candidates, 1);
    }

    private static Optional<Candidate> neighbour(Candidate candidate, List<Candidate> candidates, int step) {
        return candidates.stream()
                .filter(c -> c.passage().equals(candidate.passage()) && c.position() == candidate.position() + step)
                .findFirst();
    }

    /**
     * The sentences of an answer, in the order they will be read, without any that lean on a
     * sentence not right before them or announce one not right after them. A lone sentence stays:
     * it is all the answer has.
     */
    List<Candidate> keepLinked(List<Candidate> ordered) {
        List<Candidate> kept = new ArrayList<>(ordered);
        boolean changed = true;
        while (changed && kept.size() > 1) {
            changed = false;
            for (int i = 0; i < kept.size(); i++) {
                Candidate c = kept.get(i);
                boolean previousOk = !needsPrevious(c.sentence()) || (i > 0 && follows(kept.get(i - 1), c));
                boolean nextOk = !needsNext(c.sentence()) || (i + 1 < kept.size() && follows(c, kept.get(i + 1)));
                if (!previousOk || !nextOk) {
                    kept.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        return kept;
    }

    private static boolean follows(Candidate before, Candidate after) {
        return before.passage().equals(after.passage()) && after.position() == before.position() + 1;
    }
}
