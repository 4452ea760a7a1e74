package dev.backchannel.quiz;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a generated question must pass: nothing in the stem names an option, the options are
 * alike and distinct, the right one is not singled out by shared words, and the stem reads.
 */
final class QuestionChecks {

    private final Vocabulary vocabulary;
    private final Readability readability;

    QuestionChecks(Vocabulary vocabulary, Readability readability) {
        this.vocabulary = vocabulary;
        this.readability = readability;
    }

    /** The checks the candidate fails; empty when it may be asked. */
    Set<QuizCheck> failures(Candidate candidate) {
        Set<QuizCheck> failed = EnumSet.noneOf(QuizCheck.class);
        if (namesInStem(candidate)) {
            failed.add(QuizCheck.NAMES_IN_STEM);
        }
        if (candidate.options().stream().map(Option::group).distinct().count() != 1) {
            failed.add(QuizCheck.SAME_KIND);
        }
        if (!distinct(candidate.options())) {
            failed.add(QuizCheck.DISTINCT_OPTIONS);
        }
        if (answerSharesMost(candidate)) {
            failed.add(QuizCheck.ANSWER_SHARES_MOST_WORDS);
        }
        if (!readability.reads(candidate.body(), vocabulary.language())) {
            failed.add(QuizCheck.READS_AS_SENTENCE);
        }
        return failed;
    }

    private boolean namesInStem(Candidate candidate) {
        List<Token> stem = Tokens.of(candidate.prompt(), vocabulary.language());
        Set<String> stemWords = vocabulary.contentWords(candidate.prompt());
        for (Option option : candidate.options()) {
            for (List<String> name : option.names()) {
                if (Tokens.count(stem, name) > 0) {
                    return true;
                }
            }
            if (!vocabulary.standingFor(stemWords, option.distinctive()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Options are the same when they are the same topic or fact, when they are written alike, or,
     * for people, when all the words of one name are in another ("Kerry", "John Kerry").
     */
    private boolean distinct(List<Option> options) {
        for (int i = 0; i < options.size(); i++) {
            Option one = options.get(i);
            Set<String> oneWords = new HashSet<>(Tokens.keys(one.label(), vocabulary.language()));
            for (int j = i + 1; j < options.size(); j++) {
                Option other = options.get(j);
                Set<String> otherWords = new HashSet<>(Tokens.keys(other.label(), vocabulary.language()));
                boolean people = one.group().equals(FactType.PERSON.code())
                        && other.group().equals(one.group());
                if (one.key().equals(other.key())
                        || oneWords.equals(otherWords)
                        || (people && (oneWords.containsAll(otherWords) || otherWords.containsAll(oneWords)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the stem's words single out the right option: it is the only one sharing a content
     * word with the stem, or it shares more of the words few titles have than any other option,
     * as when "khoa học" in a stem points at "Ngoại giao khoa học" though "ngoại giao" is in every
     * option.
     */
    private boolean answerSharesMost(Candidate candidate) {
        Set<String> stem = vocabulary.contentWords(candidate.informative());
        Set<String> rare = new HashSet<>(stem);
        rare.removeIf(word -> !vocabulary.rare(word));
        List<Option> others = candidate.options().subList(1, candidate.options().size());
        boolean onlyOne = shared(vocabulary, candidate.answer(), stem) > 0
                && others.stream().allMatch(option -> shared(vocabulary, option, stem) == 0);
        int answerRare = shared(vocabulary, candidate.answer(), rare);
        boolean most =
                answerRare > 0 && others.stream().allMatch(option -> shared(vocabulary, option, rare) < answerRare);
        return onlyOne || most;
    }

    /** How many content words of the option's label the stem has. */
    static int shared(Vocabulary vocabulary, Option option, Set<String> stem) {
        return (int) vocabulary.contentWords(option.label()).stream()
                .filter(stem::contains)
                .count();
    }
}
