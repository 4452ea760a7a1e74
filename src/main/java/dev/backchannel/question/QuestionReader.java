package dev.backchannel.question;

import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Reads a question once, against one knowledge version: corrects its spelling to the index's
 * words, finds the topics it names and what it sets aside, tells its language, its type and its
 * content words with their weights.
 */
public final class QuestionReader {

    /** Keeps a pasted essay from growing a query past Lucene's clause limit. */
    public static final int MAX_TERMS = 32;

    private static final double BIGRAM_EVIDENCE_SHARE = 0.75;

    /**
     * A question of a conversation with at most this many content words of its own, naming no topic,
     * continues the conversation's topic ("ví dụ?", "and the outcome?"); a longer one asks anew.
     */
    private static final int FOLLOW_UP_WORDS = 3;

    private final PassageIndex index;
    private final Glossary glossary;
    private final TermExtractor terms;
    private final LanguageDetector detector;
    private final SpellingCorrector corrector;
    private final ShortForms shortForms;
    private final Exclusions exclusions;
    private final QuestionTypes types;
    private final SmallTalk smallTalk;
    private final Set<String> referringWords;
    private final Set<String> continuingWords;
    private final List<Pattern> turningCues;
    private final List<Pattern> presentCues;
    private final List<Pattern> amountCues;
    private final List<Pattern> moneyCues;
    private final List<Pattern> everydayCues;

    public QuestionReader(
            PassageIndex index,
            Glossary glossary,
            TermExtractor terms,
            LanguageDetector detector,
            QuestionTypes types,
            Lexicon lexicon) {
        this.index = index;
        this.glossary = glossary;
        this.terms = terms;
        this.detector = detector;
        this.types = types;
        this.corrector = new SpellingCorrector(index, lexicon);
        this.shortForms = new ShortForms(lexicon.shortForms());
        this.exclusions = new Exclusions(lexicon);
        this.smallTalk = new SmallTalk(lexicon);
        this.referringWords = lexicon.referringWords();
        this.continuingWords = lexicon.continuingWords();
        this.turningCues = lexicon.turningCues();
        this.presentCues = lexicon.presentCues();
        this.amountCues = lexicon.amountCues();
        this.moneyCues = lexicon.moneyCues();
        this.everydayCues = lexicon.everydayCues();
    }

    /** Reads a question that stands alone. */
    public AnalyzedQuestion read(String question) {
        return read(question, question, Optional.empty());
    }

    /**
     * Reads a question of a conversation. One that may be a follow-up is also read as one: searched
     * with the earlier turn's topic added. A follow-up that asks for nothing in particular
     * ("anything else?") asks what the earlier question asked. Its own words tell what it asks for.
     */
    public QuestionReading read(String asked, Optional<EarlierTurn> earlier) {
        AnalyzedQuestion alone = read(asked, asked, Optional.empty());
        QuestionReading.Shape shape = earlier.isEmpty() ? QuestionReading.Shape.STANDS_ALONE : shape(asked, alone);
        if (shape == QuestionReading.Shape.STANDS_ALONE) {
            return QuestionReading.standing(alone);
        }
        return new QuestionReading(
                alone, Optional.of(read(asked, asked + " (" + earlier.get().topicTitle() + ")", earlier)), shape);
    }

    private QuestionReading.Shape shape(String asked, AnalyzedQuestion alone) {
        boolean refers = false;
        boolean continues = false;
        String folded = TextFolding.foldWords(asked);
        // "Hôm nay" (today) and "tuần này" (this week) hold "này" (this) once folded, and refer to
        // the calendar, not to the conversation.
        String withoutDates = folded;
        for (Pattern cue : presentCues) {
            withoutDates = cue.matcher(withoutDates).replaceAll(" ");
        }
        for (String word : withoutDates.split(" ")) {
            refers |= referringWords.contains(word);
            continues |= continuingWords.contains(word);
        }
        long ownWords = alone.termWeights().keySet().stream()
                .filter(term -> !term.contains(" "))
                .count();
        boolean isShort = ownWords <= FOLLOW_UP_WORDS;
        boolean namesNothing = !namesWhatItAsksAbout(alone);
        QuestionType type = alone.type();
        // An example that names nothing can only be one of the conversation's topic: "cho vài ví dụ?"
        boolean asksForExamples = type == QuestionType.EXAMPLES;
        if ((refers || continues || asksForExamples) && isShort && namesNothing) {
            return QuestionReading.Shape.FOLLOWS_UP;
        }
        // "What about Bosnia?" turns to something within the earlier topic; "what about the Oslo
        // channel?" names a topic of its own and is asked as it stands.
        if (namesNothing
                && turningCues.stream().anyMatch(cue -> cue.matcher(folded).find())) {
            return QuestionReading.Shape.MAY_FOLLOW_UP;
        }
        // "What is the capital of France?" is short too, but asks a question of its own: only a short
        // question that asks for more ("anything else?"), for a kind of answer ("examples?", "why?")
        // or for nothing at all continues.
        boolean asksForAnAnswerKind = type != QuestionType.DEFINITION && type != QuestionType.GENERAL;
        if (refers || (namesNothing && (ownWords == 0 || ((continues || asksForAnAnswerKind) && isShort)))) {
            return QuestionReading.Shape.MAY_FOLLOW_UP;
        }
        // "Việt Nam có tham gia không?" has no word that marks a follow-up, but asks what only the
        // conversation's topic can answer. A question that asks what something is, or what it is
        // called, asks anew.
        return namesNothing && !type.wantsDefinition() && !alone.smallTalk() && !alone.aboutThePresent()
                ? QuestionReading.Shape.UNMARKED
                : QuestionReading.Shape.STANDS_ALONE;
    }

    /**
     * Whether the question names a topic that can answer it. "Who was the mediator?" after Aceh
     * names mediation, a concept with nobody involved to tell of: a name whose topic has none of the
     * sections the question asks for is not what it asks about.
     */
    private boolean namesWhatItAsksAbout(AnalyzedQuestion question) {
        Set<String> asked = question.preferredSections();
        return question.named().stream()
                .anyMatch(match -> asked.isEmpty() || glossary.hasAnyOf(match.topicId(), asked));
    }

    private AnalyzedQuestion read(String asked, String standalone, Optional<EarlierTurn> earlier) {
        String text = corrector.correct(shortForms.expand(standalone));
        // What the question sets aside ("besides ping pong") is not searched for: it would find what
        // the asker already knows.
        String without = exclusions.without(text);
        String searched = without.isBlank() ? text : without;
        List<Glossary.Match> named = glossary.find(searched);
        List<String> names = named.stream().map(Glossary.Match::name).toList();
        Language language = detector.detect(text, names);
        String own = earlier.isEmpty() ? searched : ownWords(asked);
        List<Intent> intents = types.intents(own, exclusions.without(asked));
        if (earlier.isPresent() && intents.get(0).type() == QuestionType.GENERAL) {
            intents = types.intents(earlier.get().question());
        }
        Optional<LanguageParts> switched = language == Language.EN
                ? Optional.empty()
                : Optional.of(detector.parts(searched, names)).filter(LanguageParts::switchesToEnglish);
        Map<String, Double> weights = switched.map(parts -> switchedWeights(language, parts))
                .orElseGet(() -> weights(language, cap(terms.evidence(language, searched))));
        String folded = TextFolding.foldWords(asked);
        return new AnalyzedQuestion(
                asked,
                text,
                searched,
                language,
                intents,
                named,
                exclusions.setAside(text),
                switched,
                weights,
                smallTalk.matches(asked),
                earlier.isPresent(),
                matchesAny(presentCues, folded),
                firstMatch(amountCues, folded).map(cue -> new AskedAmount(cue, matchesAny(moneyCues, folded))),
                allMatches(everydayCues, folded));
    }

    private static boolean matchesAny(List<Pattern> cues, String folded) {
        return matches(cues, folded).findAny().isPresent();
    }

    /** Every cue's first match in a question folded by {@link TextFolding#foldWords}, in cue order. */
    private static List<String> allMatches(List<Pattern> cues, String folded) {
        return matches(cues, folded).toList();
    }

    /** The first cue's match in a question folded by {@link TextFolding#foldWords}. */
    private static Optional<String> firstMatch(List<Pattern> cues, String folded) {
        return matches(cues, folded).findFirst();
    }

    /** The cues' matches, each cue's first, in cue order; read lazily, so a first match stops the search. */
    private static Stream<String> matches(List<Pattern> cues, String folded) {
        return cues.stream()
                .map(cue -> cue.matcher(folded))
                .filter(Matcher::find)
                .map(found -> found.group().strip());
    }

    /** A follow-up's own words, spelling corrected, without what it sets aside. */
    private String ownWords(String asked) {
        String text = corrector.correct(shortForms.expand(asked));
        String without = exclusions.without(text);
        return without.isBlank() ? text : without;
    }

    /**
     * The evidence terms of a question that switches to English, each part in its own language: the
     * English words stemmed as English, the rest as the question's language.
     */
    private Map<String, Double> switchedWeights(Language language, LanguageParts parts) {
        Map<String, Double> weights =
                new LinkedHashMap<>(weights(language, cap(terms.evidence(language, parts.restText()))));
        weights(Language.EN, cap(terms.evidence(Language.EN, parts.englishText())))
                .forEach(weights::putIfAbsent);
        return weights;
    }

    /**
     * Each evidence term with its BM25 inverse document frequency. Two kinds of term count double,
     * because a passage without them does not answer the question whatever else it shares with it:
     * a term no passage contains (the knowledge base has never mentioned it) and a number (a year
     * or a count is a precise fact: "the 2022 World Cup" is not "the 2011 Cricket World Cup").
     */
    private Map<String, Double> weights(Language language, List<String> evidenceTerms) {
        IndexReader reader = index.searcher().getIndexReader();
        Map<String, Integer> frequencies = new LinkedHashMap<>();
        try {
            for (String term : evidenceTerms) {
                String field = language == Language.EN
                        ? Fields.BODY_EN
                        : term.contains(" ") ? Fields.BODY_BIGRAMS : Fields.BODY_FOLDED;
                frequencies.put(term, reader.docFreq(new Term(field, term)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading term statistics failed", e);
        }
        List<String> knownPairs = frequencies.entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getKey().indexOf(' ') > 0)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Double> weights = new LinkedHashMap<>();
        frequencies.forEach((term, df) -> {
            double idf = Math.log(1 + (reader.numDocs() - df + 0.5) / (df + 0.5));
            boolean unknownWord = df == 0 && !liesBetweenKnownWords(term, knownPairs);
            boolean decisive = unknownWord || Numbers.isNumber(term);
            double weight = decisive ? 2 * idf : idf;
            // A syllable pair is often two words side by side rather than one word: it counts less.
            weights.put(term, term.contains(" ") ? BIGRAM_EVIDENCE_SHARE * weight : weight);
        });
        return weights;
    }

    /**
     * Whether a syllable pair no passage contains sits between two pairs that passages do contain. A
     * syllable belongs to one word, so in "nước ngoài bất chấp" the pair "ngoài bất" joins the end of
     * one known word to the start of another and means nothing; counted as an unknown word it would
     * make an in-domain question phrased in new words look out of domain. A pair with a known word on
     * one side only may still be a word the knowledge base lacks ("trận" in "kết quả trận").
     */
    private static boolean liesBetweenKnownWords(String pair, List<String> knownPairs) {
        int space = pair.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String first = pair.substring(0, space);
        String second = pair.substring(space + 1);
        return knownPairs.stream().anyMatch(known -> known.endsWith(" " + first))
                && knownPairs.stream().anyMatch(known -> known.startsWith(second + " "));
    }

    /** At most {@link #MAX_TERMS} of a list of terms. */
    public static List<String> cap(List<String> values) {
        return values.size() <= MAX_TERMS ? values : values.subList(0, MAX_TERMS);
    }
}
