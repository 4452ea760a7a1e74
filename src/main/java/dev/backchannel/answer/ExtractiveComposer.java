package dev.backchannel.answer;

import dev.backchannel.config.AnswerConfig;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionType;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final AnswerConfig config;
    private final SentenceScorer scorer;
    private final SentenceLinks links;
    private final IntentRun intentRun;

    public ExtractiveComposer(TermExtractor terms, AnswerConfig config, Lexicon lexicon) {
        this.config = config;
        this.links = new SentenceLinks(lexicon);
        this.scorer = new SentenceScorer(terms, config, weights, links, new AskedFacts(lexicon));
        this.intentRun = new IntentRun(links, config.maxChars());
    }

    /** The answer text with its markers, and the citations the markers point at. */
    public record Composition(String text, List<Citation> citations) {}

    public Composition compose(Retrieval retrieval) {
        return compose(retrieval, List.of());
    }

    /**
     * Composes an answer that continues a conversation: no sentence an earlier answer quoted is
     * quoted again, so a follow-up adds what is new.
     *
     * @param earlierAnswers the texts of the conversation's earlier answers
     */
    public Composition compose(Retrieval retrieval, List<String> earlierAnswers) {
        if (retrieval.quotesASection()) {
            // The section that answers may rank below the first few passages: all of them are searched.
            List<Candidate> all =
                    unsaid(scorer.score(retrieval, AnswerPassages.best(retrieval, Integer.MAX_VALUE)), earlierAnswers);
            Optional<List<Candidate>> run = intentRun.choose(retrieval, all, config.maxSentences());
            if (run.isPresent()) {
                return write(links.keepLinked(fitting(run.get())));
            }
        }
        List<Candidate> candidates =
                unsaid(scorer.score(retrieval, AnswerPassages.best(retrieval, CANDIDATE_PASSAGES)), earlierAnswers);
        List<Candidate> chosen = choose(retrieval, candidates);
        return write(links.keepLinked(inReadingOrder(chosen)));
    }

    /**
     * The candidates no earlier answer quoted. When the earlier answers already quoted all the best
     * passage's topic has, they are all kept: saying again what was asked is better than drifting to
     * another topic for something new.
     */
    private static List<Candidate> unsaid(List<Candidate> scored, List<String> earlierAnswers) {
        List<Candidate> unsaid = scored.stream()
                .filter(c -> earlierAnswers.stream().noneMatch(earlier -> earlier.contains(c.sentence())))
                .toList();
        Optional<String> leadTopic = scored.stream()
                .min(Comparator.comparingInt(Candidate::passageOrder))
                .map(c -> c.passage().topicId());
        boolean leadLeft =
                unsaid.stream().anyMatch(c -> leadTopic.get().equals(c.passage().topicId()));
        return leadLeft ? unsaid : scored;
    }

    /**
     * As many of a run's sentences, in their order, as fit the answer's length. The run of the first
     * sentence's section stops at the first that does not fit, since a later one would leave a gap;
     * the sentences for further intents are tried each.
     */
    private List<Candidate> fitting(List<Candidate> ordered) {
        List<Candidate> chosen = new ArrayList<>();
        String runSection = ordered.get(0).passage().sectionSlug();
        boolean runCut = false;
        for (Candidate candidate : ordered) {
            boolean inRun = candidate.passage().sectionSlug().equals(runSection);
            if (inRun && runCut) {
                continue;
            }
            int size = chosen.size();
            addIfFits(chosen, candidate);
            runCut |= inRun && chosen.size() == size;
        }
        return chosen;
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
            if (chosen.contains(candidate)) {
                continue;
            }
            addIfFits(chosen, candidate);
        }
        return withAntecedents(chosen, candidates);
    }

    /**
     * A sentence that leans on the one before ("It", "They", "As a result") is quoted after it, or
     * not at all: "Its actors are official, ..." as an answer's first words leaves the reader
     * guessing whose. When both do not fit, the sentence before takes its place, or, too long for
     * that, the one leaning goes, unless it is all the answer has. A sentence that announces the next
     * one gets it the same way.
     */
    private List<Candidate> withAntecedents(List<Candidate> chosen, List<Candidate> candidates) {
        for (Candidate candidate : List.copyOf(chosen)) {
            if (links.needsNext(candidate.sentence())) {
                SentenceLinks.next(candidate, candidates)
                        .filter(next -> !chosen.contains(next))
                        .ifPresent(next -> addIfFits(chosen, next));
            }
            if (!links.needsPrevious(candidate.sentence())) {
                continue;
            }
            Optional<Candidate> before = SentenceLinks.previous(candidate, candidates);
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
        if (quoted || isNearDuplicate(candidate, chosen)) {
            return;
        }
        if (chosen.isEmpty()
                || quotedLength(chosen) + candidate.sentence().length() + MARKER_WIDTH <= config.maxChars()) {
            chosen.add(candidate);
        }
    }

    /** The characters a list of sentences takes in an answer, their citation markers included. */
    static int quotedLength(List<Candidate> chosen) {
        return chosen.stream()
                .mapToInt(c -> c.sentence().length() + MARKER_WIDTH)
                .sum();
    }

    /**
     * Whether a sentence says what a chosen one says: most of their words shared, nearly all of the
     * shorter one's, or most of the shorter one's and a good part of both.
     */
    private boolean isNearDuplicate(Candidate candidate, List<Candidate> chosen) {
        Set<String> words = words(candidate);
        for (Candidate other : chosen) {
            Set<String> otherWords = words(other);
            Set<String> union = new HashSet<>(words);
            union.addAll(otherWords);
            Set<String> common = new HashSet<>(words);
            common.retainAll(otherWords);
            int shorter = Math.min(words.size(), otherWords.size());
            if (!union.isEmpty() && common.size() / (double) union.size() > weights.nearDuplicate()) {
                return true;
            }
            double ofShorter = shorter == 0 ? 0 : common.size() / (double) shorter;
            if (ofShorter >= weights.sameContent()) {
                return true;
            }
            if (ofShorter >= weights.restatedContent()
                    && common.size() / (double) union.size() >= weights.restatedOverlap()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence's words without the syllable pairs of a Vietnamese one: a restatement that words one
     * syllable differently shares every word but two pairs fewer.
     */
    private static Set<String> words(Candidate candidate) {
        Set<String> words = new HashSet<>();
        candidate.tokens().stream().filter(token -> token.indexOf(' ') < 0).forEach(words::add);
        return words;
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
