package dev.backchannel.question;

import dev.backchannel.index.TextAnalyzers;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs text through the index's analysers, so a question is cut into exactly the terms the
 * passages were indexed under, and drops the words that carry no topic.
 */
public final class TermExtractor {

    private final Analyzer english = TextAnalyzers.english();
    private final Analyzer folded = TextAnalyzers.folded();
    private final Analyzer bigrams = TextAnalyzers.foldedBigrams();
    private final Analyzer exact = TextAnalyzers.exact();
    private final Lexicon lexicon;
    private final Set<String> englishStopStems;

    public TermExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.englishStopStems = new LinkedHashSet<>();
        for (String word : lexicon.englishStopWords()) {
            englishStopStems.addAll(tokens(english, word));
        }
    }

    /** English terms, stemmed, without stop words, contracted ones included. */
    public List<String> english(String text) {
        return distinct(tokens(english, text).stream()
                .filter(t -> !englishStopStems.contains(t) && !contractedStopWord(t))
                .toList());
    }

    /**
     * Whether a term is a stop word contracted: a negated auxiliary ("can't", "didn't") or a stop
     * word with its verb ("they've", "you'll"). Kept, no passage holds them, and as words the
     * knowledge base never uses they weighed double against an answer.
     */
    private boolean contractedStopWord(String term) {
        int apostrophe = term.indexOf('\'');
        return apostrophe > 0
                && (term.endsWith("n't") || lexicon.englishStopWords().contains(term.substring(0, apostrophe)));
    }

    /** Folded single words without stop words. */
    public List<String> folded(String text) {
        return distinct(
                tokens(folded, text).stream().filter(t -> !lexicon.isStop(t)).toList());
    }

    /** Folded syllable pairs, except pairs made only of stop words ("la gi"). */
    public List<String> bigrams(String text) {
        List<String> kept = new ArrayList<>();
        for (String pair : tokens(bigrams, text)) {
            String[] parts = pair.split(" ");
            if (parts.length == 2 && !(lexicon.isStop(parts[0]) && lexicon.isStop(parts[1]))) {
                kept.add(pair);
            }
        }
        return distinct(kept);
    }

    /** Words with their diacritics, without stop words. */
    public List<String> exact(String text) {
        return distinct(tokens(exact, text).stream()
                .filter(t -> !lexicon.isStop(TextFolding.fold(t)))
                .toList());
    }

    /**
     * The terms that stand for a question's meaning in the evidence check: stemmed English words,
     * or for Vietnamese the folded syllables plus the syllable pairs that contain no stop word (the
     * pairs are what carry a Vietnamese word's meaning: "thoi tiet" is weather, "tiet" alone is not).
     */
    public List<String> evidence(Language language, String question) {
        if (language == Language.EN) {
            return english(question);
        }
        List<String> terms = new ArrayList<>(folded(question));
        for (String pair : bigrams(question)) {
            String[] parts = pair.split(" ");
            if (!lexicon.isStop(parts[0]) && !lexicon.isStop(parts[1])) {
                terms.add(pair);
            }
        }
        return terms;
    }

    /**
     * Every term of a passage (or a sentence) that {@link #evidence} terms are looked up in. A
     * Vietnamese question may switch to English for a clause, so its terms are looked up among the
     * English words too.
     */
    public Set<String> passageTerms(Language language, String text) {
        Set<String> terms = new HashSet<>(tokens(english, text));
        if (language != Language.EN) {
            terms.addAll(tokens(folded, text));
            terms.addAll(tokens(bigrams, text));
        }
        return terms;
    }

    /**
     * The terms of each topic name a question contains, by topic id: naming a topic is evidence for
     * those words, which the topic's text may spell another way ("Track II" for "track two").
     */
    public Map<String, Set<String>> nameTerms(Language language, List<Glossary.Match> named) {
        Map<String, Set<String>> byTopic = new HashMap<>();
        for (Glossary.Match match : named) {
            byTopic.computeIfAbsent(match.topicId(), id -> new HashSet<>())
                    .addAll(passageTerms(language, match.name()));
        }
        return byTopic;
    }

    private static List<String> distinct(List<String> terms) {
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return tokens;
    }
}
