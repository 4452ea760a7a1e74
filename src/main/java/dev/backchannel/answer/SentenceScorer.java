package dev.backchannel.answer;

import dev.backchannel.config.AnswerConfig;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.question.QuestionType;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.question.TermWeights;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores every sentence of the passages an extractive answer may quote: the share of the question's
 * words it holds, its passage's rank, its place in the passage, and the section it comes from.
 */
final class SentenceScorer {

    private final TermExtractor terms;
    private final AnswerConfig config;
    private final CompositionWeights weights;
    private final SentenceLinks links;
    private final AskedFacts askedFacts;

    SentenceScorer(
            TermExtractor terms,
            AnswerConfig config,
            CompositionWeights weights,
            SentenceLinks links,
            AskedFacts askedFacts) {
        this.terms = terms;
        this.config = config;
        this.weights = weights;
        this.links = links;
        this.askedFacts = askedFacts;
    }

    List<Candidate> score(Retrieval retrieval, List<Hit> hits) {
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> setAsideOnly = new ArrayList<>();
        Map<String, Set<String>> namedTerms = terms.nameTerms(retrieval.language(), retrieval.named());
        // Passages of one topic in one language share their title, and the words found throughout them.
        Map<String, Set<String>> foundThroughoutByTopic = new HashMap<>();
        Set<String> setAside = retrieval
                .question()
                .setAside()
                .map(words -> tokens(retrieval.language(), words))
                .orElse(Set.of());
        Predicate<String> holdsAskedFact = askedFacts.of(retrieval);
        String lead = hits.isEmpty() ? "" : hits.get(0).passage().topicId();
        for (int order = 0; order < hits.size(); order++) {
            Hit hit = hits.get(order);
            Passage passage = hit.passage();
            boolean preferredSection = retrieval.question().prefers(passage);
            // A split section's later part begins mid-section: its first sentence opens nothing.
            boolean opensSection = passage.sectionOpeningKey().isEmpty();
            Set<String> topicNamed = foundThroughoutByTopic.computeIfAbsent(
                    passage.language().code() + ":" + passage.topicId(),
                    topic -> foundThroughout(retrieval, passage, namedTerms, lead));
            double askedLike = askedLike(retrieval, passage, topicNamed);
            List<String> sentences = QuotedUnits.of(
                    Sentences.marked(passage.text()),
                    listBudget(retrieval),
                    item -> share(retrieval, item, topicNamed));
            double previousShare = 0;
            for (int position = 0; position < sentences.size(); position++) {
                String sentence = sentences.get(position);
                Set<String> tokens = tokens(retrieval.language(), sentence);
                double share = share(retrieval, sentence, topicNamed);
                double score = share;
                if (retrieval.asks(QuestionType.LIST) && QuotedUnits.enumerates(sentence)) {
                    score += weights.enumeration();
                    if (position > 0 && links.needsPrevious(sentence)) {
                        // "What roles do think tanks play?": "...play several roles. They host dialogues, pass
                        // messages, ..." The enumeration shares no word with the question and its "they"
                        // needs the sentence before, which does: the two are quoted as one.
                        String announced = sentences.get(position - 1);
                        sentence = announced + " " + sentence;
                        tokens.addAll(tokens(retrieval.language(), announced));
                        score = Math.max(share, previousShare) + weights.enumeration();
                    }
                }
                previousShare = share;
                if (holdsAskedFact.test(sentence)) {
                    score += weights.askedFact();
                }
                // The passage's rank, not its score: fused scores of the first places are nearly equal and
                // BM25 scores are not, while a rank means the same in every retrieval mode.
                score += weights.passageRank() * (1 - order / (double) hits.size());
                score -= weights.perPosition() * position;
                if (position == 0) {
                    score += weights.opening();
                }
                if (preferredSection && retrieval.type().wantsDefinition() && opensSection) {
                    // A definition question is answered by the opening of the definition, read in order.
                    score += Math.max(0, weights.definitionOpening() - weights.definitionStep() * position);
                } else if (preferredSection) {
                    score += weights.preferredSection();
                }
                score += weights.askedLikeSection() * askedLike;
                if (Sentences.wordCount(sentence) < weights.minWords()) {
                    score -= weights.shortSentence();
                }
                Candidate candidate = new Candidate(passage, order, position, sentence, tokens, score);
                // "Examples besides ping pong": the asker knows that one, so a sentence about it alone
                // is no answer, however well it scores. A list naming it among others still answers.
                boolean aboutSetAside =
                        !setAside.isEmpty() && tokens.containsAll(setAside) && !QuotedUnits.enumerates(sentence);
                (aboutSetAside ? setAsideOnly : candidates).add(candidate);
            }
        }
        return candidates.isEmpty() ? setAsideOnly : candidates;
    }

    /**
     * The words that count as found in every sentence of a passage's topic. As in the evidence check,
     * the words of a topic name the question contains, which a sentence may spell another way or
     * leave out. Words of its title tell which topic a question is about, not what it asks of it: in
     * the topic the answer is about, and in each side of a comparison, they count too, and the rest
     * of the question ("how did each relate to the White House?") tells its sentences apart.
     *
     * @param lead the topic of the first passage, the one the answer is about
     */
    private Set<String> foundThroughout(
            Retrieval retrieval, Passage passage, Map<String, Set<String>> namedTerms, String lead) {
        Set<String> named = namedTerms.getOrDefault(passage.topicId(), Set.of());
        if (retrieval.type() != QuestionType.COMPARISON && !passage.topicId().equals(lead)) {
            return named;
        }
        Set<String> found = new HashSet<>(named);
        found.addAll(tokens(retrieval.language(), passage.title()));
        return found;
    }

    /**
     * How long a list may grow with its items: all of an answer for a question asking for the list,
     * half of it otherwise, so that a list met on the way leaves room for other sentences.
     */
    private int listBudget(Retrieval retrieval) {
        return retrieval.asks(QuestionType.LIST) || retrieval.type() == QuestionType.PEOPLE
                ? config.maxChars() - QuotedUnits.LIST_CUT.length() - ExtractiveComposer.MARKER_WIDTH
                : config.maxChars() / 2;
    }

    /**
     * How closely the questions a passage's section lists match the one asked: the best weighted
     * share of its words any of them holds. A student's question phrased like one the section was
     * written to answer is answered by that section, even when its sentences use other words.
     */
    private double askedLike(Retrieval retrieval, Passage passage, Set<String> topicNamed) {
        // The topic's name is in every question its sections list: only the rest of the question
        // tells which section it asks for.
        Map<String, Double> rest = new LinkedHashMap<>(retrieval.termWeights());
        rest.keySet().removeAll(topicNamed);
        double best = 0;
        for (String listed : passage.questions()) {
            best = Math.max(best, TermWeights.share(rest, tokens(retrieval.language(), listed)));
        }
        return best;
    }

    /** The weighted share of the question's terms a text contains, the words of a named topic found. */
    private double share(Retrieval retrieval, String text, Set<String> namedTerms) {
        Set<String> found = new HashSet<>(tokens(retrieval.language(), text));
        found.addAll(namedTerms);
        return TermWeights.share(retrieval.termWeights(), found);
    }

    private Set<String> tokens(Language language, String sentence) {
        return terms.passageTerms(language, sentence);
    }
}
