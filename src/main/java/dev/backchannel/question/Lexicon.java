package dev.backchannel.question;

import dev.backchannel.knowledge.ResourceLines;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists and cue phrases a question is read with, per language, from the {@code lexicon/}
 * resources. Loaded and validated once: a mistake in the data stops start-up with its file and
 * line rather than quietly changing how questions are read.
 *
 * @param stopWords question words that carry no topic, English and folded Vietnamese together
 * @param englishStopWords the English ones alone, which are also stemmed
 * @param englishCues common English words, evidence of an English question
 * @param vietnameseCues common folded Vietnamese syllables, evidence of a Vietnamese question
 * @param eitherLanguage words that count for neither language
 * @param referringWords words that point back at an earlier answer
 * @param continuingWords words that ask for more of an earlier answer ("anything else?")
 * @param turningCues openings that turn an earlier question to something else of its topic ("what
 *     about Bosnia?")
 * @param presentCues phrases that pin a question to the present day ("these days", "hiện nay")
 * @param amountCues phrases that ask for an amount ("how many", "bao nhiêu")
 * @param moneyCues phrases that make the amount asked for a sum of money ("cost", "bao nhiêu tiền")
 * @param everydayCues phrases that ask about a practical matter of everyday life ("weather",
 *     "giá vé máy bay")
 * @param definingCues phrases that ask outright what something means ("define", "được hiểu như thế
 *     nào")
 * @param numberWords written numbers that state an amount ("nine", "chín"), lower case
 * @param currencyWords words that make a figure a sum of money ("dollars", "triệu"), lower case
 * @param setAsideCues phrases that set something aside, in the order they are tried
 * @param smallTalk whole messages (folded) that talk to the bot rather than ask it
 * @param smallTalkAddressees words that may follow such a message
 * @param questionCues the cues of each question type, in type order
 * @param questionSections the section kinds that answer each question type
 * @param rankedSections the question types whose sections are listed best first: the first that
 *     a topic has answers, the others only when it has none
 * @param dependentOpenings openings of a sentence that lean on the sentence before it
 * @param announcements phrases of a sentence that announces what the next sentences say
 * @param timeExpressions phrases that date something ("three centuries", "tháng 5"), besides years
 * @param shortForms the full words chat's short forms stand for ("vn" for "Việt Nam"), by folded
 *     short form
 */
public record Lexicon(
        Set<String> stopWords,
        Set<String> englishStopWords,
        Set<String> englishCues,
        Set<String> vietnameseCues,
        Set<String> eitherLanguage,
        Set<String> referringWords,
        Set<String> continuingWords,
        List<Pattern> turningCues,
        List<Pattern> presentCues,
        List<Pattern> amountCues,
        List<Pattern> moneyCues,
        List<Pattern> everydayCues,
        List<Pattern> definingCues,
        Set<String> numberWords,
        Set<String> currencyWords,
        List<String> setAsideCues,
        Set<String> smallTalk,
        List<String> smallTalkAddressees,
        Map<QuestionType, List<Cue>> questionCues,
        Map<QuestionType, List<String>> questionSections,
        Set<QuestionType> rankedSections,
        List<Pattern> dependentOpenings,
        List<Pattern> announcements,
        List<Pattern> timeExpressions,
        Map<String, String> shortForms) {

    private static final List<String> LANGUAGES = List.of("en", "vi");

    /** Loaded on first use; immutable after. */
    private static final class Standard {
        private static final Lexicon LEXICON = load();
    }

    /** The lexicon shipped with Backchannel. */
    public static Lexicon standard() {
        return Standard.LEXICON;
    }

    static Lexicon load() {
        QuestionSections sections = readQuestionSections();
        List<String> englishStops = WordLists.folded("lexicon/en/stop-words.txt");
        Set<String> stops = new LinkedHashSet<>(englishStops);
        stops.addAll(WordLists.folded("lexicon/vi/stop-words.txt"));
        Set<String> smallTalk = new HashSet<>();
        List<String> addressees = new ArrayList<>();
        Set<String> referring = new LinkedHashSet<>();
        Set<String> continuing = new LinkedHashSet<>();
        List<Pattern> turning = new ArrayList<>();
        List<Pattern> present = new ArrayList<>();
        List<Pattern> amount = new ArrayList<>();
        List<Pattern> money = new ArrayList<>();
        List<Pattern> everyday = new ArrayList<>();
        List<Pattern> defining = new ArrayList<>();
        Set<String> numberWords = new HashSet<>();
        Set<String> currencyWords = new HashSet<>();
        List<String> setAside = new ArrayList<>();
        Map<QuestionType, List<Cue>> cues = new EnumMap<>(QuestionType.class);
        List<Pattern> dependent = new ArrayList<>();
        List<Pattern> announcing = new ArrayList<>();
        List<Pattern> dating = new ArrayList<>();
        Map<String, String> shortForms = new HashMap<>();
        for (String language : LANGUAGES) {
            String dir = "lexicon/" + language + "/";
            WordLists.cues(dir + "small-talk.txt").forEach(cue -> smallTalk.addAll(CuePhrases.expand(cue)));
            addressees.addAll(WordLists.folded(dir + "small-talk-addressees.txt"));
            referring.addAll(WordLists.folded(dir + "referring-words.txt"));
            continuing.addAll(WordLists.folded(dir + "continuing-words.txt"));
            turning.addAll(compiledCues(dir + "turning-cues.txt"));
            present.addAll(compiledCues(dir + "present-cues.txt"));
            amount.addAll(compiledCues(dir + "amount-cues.txt"));
            money.addAll(compiledCues(dir + "money-cues.txt"));
            everyday.addAll(compiledCues(dir + "everyday-cues.txt"));
            defining.addAll(compiledCues(dir + "defining-cues.txt"));
            numberWords.addAll(WordLists.exact(dir + "number-words.txt"));
            currencyWords.addAll(WordLists.exact(dir + "currency-words.txt"));
            setAside.addAll(WordLists.exact(dir + "set-aside-cues.txt"));
            List<String> openers = WordLists.folded(dir + "question-openers.txt");
            WordLists.grouped(dir + "question-cues.txt")
                    .forEach((name, phrases) -> phrases.forEach(
                            cue -> cues.computeIfAbsent(QuestionType.named(name, dir), t -> new ArrayList<>())
                                    .add(CuePhrases.cue(cue, openers))));
            WordLists.writtenCues(dir + "dependent-openings.txt")
                    .forEach(cue -> dependent.add(CuePhrases.compileWritten(cue)));
            WordLists.writtenCues(dir + "announcements.txt")
                    .forEach(cue -> announcing.add(CuePhrases.compileWritten(cue)));
            WordLists.writtenCues(dir + "time-expressions.txt")
                    .forEach(cue -> dating.add(CuePhrases.compileWritten(cue)));
            shortForms(dir + "short-forms.txt", shortForms);
        }
        return new Lexicon(
                stops,
                new LinkedHashSet<>(englishStops),
                new HashSet<>(WordLists.folded("lexicon/en/language-cues.txt")),
                new HashSet<>(WordLists.folded("lexicon/vi/language-cues.txt")),
                new HashSet<>(WordLists.folded("lexicon/either-language.txt")),
                referring,
                continuing,
                turning,
                present,
                amount,
                money,
                everyday,
                defining,
                numberWords,
                currencyWords,
                setAside,
                smallTalk,
                addressees,
                cues,
                sections.kinds(),
                sections.ranked(),
                dependent,
                announcing,
                dating,
                shortForms);
    }

    /** A cue file's phrases compiled, in file order. */
    private static List<Pattern> compiledCues(String resource) {
        return WordLists.cues(resource).stream().map(CuePhrases::compile).toList();
    }

    private static void shortForms(String resource, Map<String, String> into) {
        for (ResourceLines.Named line : ResourceLines.named(resource)) {
            String shortForm = TextFolding.foldWords(line.name());
            if (!shortForm.matches("\\p{L}+")) {
                throw new IllegalStateException(
                        resource + ":" + line.line() + ": a short form is one word, was '" + line.name() + "'");
            }
            if (into.putIfAbsent(shortForm, line.value()) != null) {
                throw new IllegalStateException(
                        resource + ":" + line.line() + ": '" + line.name() + "' is already a short form");
            }
        }
    }

    public Lexicon {
        stopWords = Set.copyOf(stopWords);
        englishStopWords = Set.copyOf(englishStopWords);
        englishCues = Set.copyOf(englishCues);
        vietnameseCues = Set.copyOf(vietnameseCues);
        eitherLanguage = Set.copyOf(eitherLanguage);
        referringWords = Set.copyOf(referringWords);
        continuingWords = Set.copyOf(continuingWords);
        turningCues = List.copyOf(turningCues);
        presentCues = List.copyOf(presentCues);
        amountCues = List.copyOf(amountCues);
        moneyCues = List.copyOf(moneyCues);
        everydayCues = List.copyOf(everydayCues);
        definingCues = List.copyOf(definingCues);
        numberWords = Set.copyOf(numberWords);
        currencyWords = Set.copyOf(currencyWords);
        setAsideCues = List.copyOf(setAsideCues);
        smallTalk = Set.copyOf(smallTalk);
        smallTalkAddressees = List.copyOf(smallTalkAddressees);
        Map<QuestionType, List<Cue>> cues = new EnumMap<>(QuestionType.class);
        questionCues.forEach((type, compiled) -> cues.put(type, List.copyOf(compiled)));
        questionCues = Collections.unmodifiableMap(cues);
        Map<QuestionType, List<String>> sections = new EnumMap<>(QuestionType.class);
        questionSections.forEach((type, kinds) -> sections.put(type, List.copyOf(kinds)));
        questionSections = Collections.unmodifiableMap(sections);
        rankedSections =
                rankedSections.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rankedSections));
        dependentOpenings = List.copyOf(dependentOpenings);
        announcements = List.copyOf(announcements);
        timeExpressions = List.copyOf(timeExpressions);
        shortForms = Map.copyOf(shortForms);
    }

    public boolean isStop(String foldedWord) {
        return stopWords.contains(foldedWord);
    }

    private static final String QUESTION_SECTIONS = "lexicon/question-sections.txt";
    /** Separates section kinds listed best first; spaces separate kinds that are equally good. */
    private static final String BETTER_THAN = ">";

    /** The section kinds of each question type, and the types whose kinds are ranked. */
    private record QuestionSections(Map<QuestionType, List<String>> kinds, Set<QuestionType> ranked) {}

    private static QuestionSections readQuestionSections() {
        Map<QuestionType, List<String>> kinds = new EnumMap<>(QuestionType.class);
        Set<QuestionType> ranked = EnumSet.noneOf(QuestionType.class);
        for (ResourceLines.Named line : ResourceLines.named(QUESTION_SECTIONS)) {
            QuestionType type = QuestionType.named(line.name(), QUESTION_SECTIONS + ":" + line.line());
            kinds.put(
                    type, List.of(line.value().replace(BETTER_THAN, " ").trim().split("\\s+")));
            if (line.value().contains(BETTER_THAN)) {
                ranked.add(type);
            }
        }
        return new QuestionSections(kinds, ranked);
    }
}
