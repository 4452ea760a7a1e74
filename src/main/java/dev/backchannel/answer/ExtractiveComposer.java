package dev.backchannel.answer;

import dev.backchannel.config.AnswerConfig;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.QuestionType;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an answer without a language model: it quotes the sentences of the retrieved passages
 * that best match the question, each followed by the number of the passage it came from. It can
 * only say what the passages say, which is what makes it safe as the default.
 */
public final class ExtractiveComposer {

    /** Passages of the asker's language considered for quoting. */
    private static final int CANDIDATE_PASSAGES = 5;
    /** What a citation marker adds to a quoted sentence: a space and "[n]", with room for n. */
    static final int MARKER_WIDTH = 6;

    private final CompositionWeights weights = CompositionWeights.STANDARD;
    /** An opening that points back at the sentence before: "They include ...", "Họ nghiên cứu ...". */
    static final Pattern ANAPHOR =
            Pattern.compile("(They|Their|These|Those|It|Its|This|He|His|She|Her|Họ|Nó|Điều này|Đây)\\b");

    private final AnswerConfig config;
    private final SentenceScorer scorer;

    public ExtractiveComposer(TermExtractor terms, AnswerConfig config) {
        this.config = config;
        this.scorer = new SentenceScorer(terms, config, weights);
    }

    /** The answer text with its markers, and the citations the markers point at. */
    public record Composition(String text, List<Citation> citations) {}

    public Composition compose(Retrieval retrieval) {
        List<Hit> hits = AnswerPassages.best(retrieval, CANDIDATE_PASSAGES);
        List<Candidate> candidates = scorer.score(retrieval, hits);
        List<Candidate> chosen = choose(retrieval, candidates);
        return write(inReadingOrder(chosen));
    }

    private List<Candidate> choose(Retrieval retrieval, List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        // A question naming several topics (a comparison) gets a sentence about each of them.
        for (Glossary.Match named : retrieval.named().stream().limit(3).toList()) {
            ranked.stream()
                    .filter(c -> c.passage().topicId().equals(named.topicId()))
                    .findFirst()
                    .ifPresent(c -> addIfFits(chosen, c));
        }
        if (ranked.isEmpty()) {
            return chosen;
        }
        if (retrieval.type() == QuestionType.COMPARISON) {
            // One side may be described rather than named: the best other topic stands for it.
            if (chosen.isEmpty()) {
                addIfFits(chosen, ranked.get(0));
            }
            Set<String> sides = new HashSet<>();
            chosen.forEach(c -> sides.add(c.passage().topicId()));
            if (sides.size() == 1) {
                ranked.stream()
                        .filter(c -> !sides.contains(c.passage().topicId()))
                        .findFirst()
                        .ifPresent(c -> addIfFits(chosen, c));
            }
        }
        double best = ranked.get(0).score();
        for (Candidate candidate : ranked) {
            if (chosen.size() >= config.maxSentences()) {
                break;
            }
            if (chosen.size() >= 2 && candidate.score() < weights.extraSentenceShare() * best) {
                break;
            }
            if (chosen.contains(candidate) || isNearDuplicate(candidate, chosen)) {
                continue;
            }
            addIfFits(chosen, candidate);
        }
        return withAntecedents(chosen, candidates);
    }

    /**
     * A sentence that opens with "It", "They" or "Họ" is quoted after the sentence it points back
     * at, or not at all: "Its actors are official, ..." as an answer's first words leaves the reader
     * guessing whose. When both do not fit, the sentence before takes its place, or, too long for
     * that, the one pointing back goes, unless it is all the answer has.
     */
    private List<Candidate> withAntecedents(List<Candidate> chosen, List<Candidate> candidates) {
        for (Candidate candidate : List.copyOf(chosen)) {
            if (candidate.position() == 0
                    || !ANAPHOR.matcher(candidate.sentence()).lookingAt()) {
                continue;
            }
            Optional<Candidate> before = candidates.stream()
                    .filter(c -> c.passage().equals(candidate.passage()) && c.position() == candidate.position() - 1)
                    .findFirst();
            if (before.isEmpty() || chosen.contains(before.get())) {
                continue;
            }
            int size = chosen.size();
            if (size < config.maxSentences()) {
                addIfFits(chosen, before.get());
            }
            if (chosen.size() == size && size > 1) {
                // No room for both: the sentence pointed at says the same thing's first half, and stands
                // alone.
                chosen.set(chosen.indexOf(candidate), before.get());
                if (!fits(chosen)) {
                    chosen.remove(before.get());
                }
            }
        }
        return chosen;
    }

    /**
     * The passage holding the best sentence comes first, so the answer opens with its strongest
     * claim; within a passage, sentences keep their order so the text reads as written.
     */
    private static List<Candidate> inReadingOrder(List<Candidate> chosen) {
        Map<String, Double> passageScore = new LinkedHashMap<>();
        for (Candidate candidate : chosen) {
            passageScore.merge(candidate.passage().key(), candidate.score(), Math::max);
        }
        List<Candidate> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparingDouble(
                        (Candidate c) -> -passageScore.get(c.passage().key()))
                .thenComparingInt(Candidate::passageOrder)
                .thenComparingInt(Candidate::position));
        return ordered;
    }

    private boolean fits(List<Candidate> chosen) {
        return quotedLength(chosen) <= config.maxChars();
    }

    private void addIfFits(List<Candidate> chosen, Candidate candidate) {
        // A sentence quoted with the enumeration after it is also a candidate alone: one of the two.
        boolean quoted = chosen.stream()
                .anyMatch(c -> c.passage().equals(candidate.passage())
                        && (c.sentence().contains(candidate.sentence())
                                || candidate.sentence().contains(c.sentence())));
        if (quoted) {
            return;
        }
        if (chosen.isEmpty()
                || quotedLength(chosen) + candidate.sentence().length() + MARKER_WIDTH <= config.maxChars()) {
            chosen.add(candidate);
        }
    }

    private static int quotedLength(List<Candidate> chosen) {
        return chosen.stream()
                .mapToInt(c -> c.sentence().length() + MARKER_WIDTH)
                .sum();
    }

    private boolean isNearDuplicate(Candidate candidate, List<Candidate> chosen) {
        for (Candidate other : chosen) {
            Set<String> union = new HashSet<>(candidate.tokens());
            union.addAll(other.tokens());
            Set<String> common = new HashSet<>(candidate.tokens());
            common.retainAll(other.tokens());
            if (!union.isEmpty() && common.size() / (double) union.size() > weights.nearDuplicate()) {
                return true;
            }
        }
        return false;
    }

    private Composition write(List<Candidate> chosen) {
        Map<String, Citation> byPassage = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Candidate candidate : chosen) {
            Citation citation = byPassage.computeIfAbsent(
                    candidate.passage().key(), k -> new Citation(byPassage.size() + 1, candidate.passage()));
            String sentence = candidate.sentence();
            int room = config.maxChars() - text.length() - MARKER_WIDTH;
            if (sentence.length() > room) {
                sentence = shorten(sentence, room);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence).append(" [").append(citation.n()).append(']');
        }
        return new Composition(text.toString(), List.copyOf(byPassage.values()));
    }

    /** Cuts an over-long single sentence at a word boundary; only the first sentence can be. */
    private static String shorten(String sentence, int room) {
        int cut = sentence.lastIndexOf(' ', Math.max(0, room - 1));
        return (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, Math.max(0, room - 1))) + "…";
    }
}
