package dev.backchannel.quiz;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the formats share in making a stem: hiding the options in a text, naming a case without
 * giving an option away, and drawing wrong options that are fair.
 */
final class Stems {

    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)*");

    private final QuizSource source;
    private final Glosses glosses;

    Stems(QuizSource source, Glosses glosses) {
        this.source = source;
        this.glosses = glosses;
    }

    /** The text without its glosses in brackets, "(Vietnamese: …)". */
    String withoutGlosses(String text) {
        return glosses.strip(text, source.language());
    }

    /** The text with every name of every option hidden. */
    Masked hide(String text, List<Option> options) {
        return Masking.mask(
                text,
                options.stream().flatMap(option -> option.names().stream()).toList(),
                source.language());
    }

    /**
     * The text with every name of every option hidden, and the distinctive words of the right one,
     * the first, with the names they stand in: "Jimmy Carter" and "Bình Nhưỡng" in a description of
     * "Jimmy Carter tại Bình Nhưỡng".
     */
    Masked hideWithAnswerWords(String text, List<Option> options) {
        Option answer = options.get(0);
        List<List<String>> hidden = new ArrayList<>();
        options.forEach(option -> hidden.addAll(option.names()));
        Matcher run = CAPITALISED_RUN.matcher(answer.label());
        while (run.find()) {
            if (source.vocabulary().contentWords(run.group()).stream().anyMatch(answer.distinctive()::contains)) {
                hidden.add(Tokens.keys(run.group(), source.language()));
            }
        }
        source.vocabulary()
                .standingFor(source.vocabulary().contentWords(text), answer.distinctive())
                .forEach(word -> hidden.add(List.of(word)));
        return Masking.mask(text, hidden, source.language());
    }

    /** A text read once for the options it might name. */
    private record Scan(List<Token> words, Set<String> content) {

        boolean names(Option option, Vocabulary vocabulary) {
            return option.names().stream().anyMatch(name -> Tokens.count(words, name) > 0)
                    || !vocabulary.standingFor(content, option.distinctive()).isEmpty();
        }
    }

    private Scan scan(String text) {
        return new Scan(Tokens.of(text, source.language()), source.vocabulary().contentWords(text));
    }

    /**
     * A name of the case that gives none of the options away, if it has one. Asking for a year, a
     * name with years in it ("Paris secret talks, 1969–1973") would tell which option lies within
     * them: it is never used then.
     */
    Optional<String> caseName(Topic topic, List<Option> options, boolean withoutYears) {
        return TopicNames.caseNames(topic).stream()
                .filter(name -> !withoutYears || !YEAR.matcher(name).find())
                .filter(name -> {
                    Scan scanned = scan(name);
                    return options.stream().noneMatch(option -> scanned.names(option, source.vocabulary()));
                })
                .findFirst();
    }

    /**
     * Wrong options for a stem: those it does not name, drawn at random, one of them sharing as
     * many of the stem's words as the right one when it shares any, so that shared words point
     * nowhere. When too few are unnamed, any are drawn, and the checks decide.
     */
    List<Option> wrongOptions(Option right, List<Option> choices, String stem, Random random) {
        Scan scanned = scan(stem);
        List<Option> fair = choices.stream()
                .filter(option -> !scanned.names(option, source.vocabulary()))
                .toList();
        List<Option> pool = enough(fair.size()) ? fair : choices;
        Vocabulary vocabulary = source.vocabulary();
        Set<String> rare = new HashSet<>(scanned.content());
        rare.removeIf(word -> !vocabulary.rare(word));
        int rightShares = QuestionChecks.shared(vocabulary, right, scanned.content());
        int rightRare = QuestionChecks.shared(vocabulary, right, rare);
        List<Option> drawn = new ArrayList<>();
        if (rightShares > 0) {
            drawn.addAll(draw(
                    pool.stream()
                            .filter(option -> QuestionChecks.shared(vocabulary, option, scanned.content()) > 0
                                    && QuestionChecks.shared(vocabulary, option, rare) >= rightRare)
                            .toList(),
                    1,
                    random));
        }
        List<Option> rest = new ArrayList<>(pool);
        rest.removeAll(drawn);
        drawn.addAll(draw(rest, source.rules().options() - 1 - drawn.size(), random));
        return drawn;
    }

    /** Up to {@code wanted} of the choices, drawn at random. */
    static <T> List<T> draw(List<T> choices, int wanted, Random random) {
        List<T> shuffled = new ArrayList<>(choices);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.max(0, Math.min(wanted, shuffled.size()))));
    }

    /** Whether there are enough wrong options to ask a fair question. */
    boolean enough(int wrongOptions) {
        return wrongOptions + 1 >= source.rules().fewestOptions();
    }

    /** The summary first, then the sentences of the topic's opening passage: ways to describe it. */
    List<String> descriptions(Topic topic) {
        List<String> descriptions = new ArrayList<>();
        descriptions.add(topic.summary());
        source.passages(topic).stream()
                .findFirst()
                .ifPresent(opening -> Sentences.split(opening.text()).stream()
                        .filter(sentence -> !descriptions.contains(sentence))
                        .forEach(descriptions::add));
        return descriptions;
    }

    /** A sentence as the explanation quoting its passage. */
    static String explanation(String sentence) {
        return sentence + " [1]";
    }

    /** The passage's first sentence that names the topic, else its first. */
    String sentenceNaming(Passage passage, Topic topic) {
        List<String> sentences = Sentences.split(passage.text());
        return sentences.stream()
                .filter(sentence -> TopicNames.names(topic).stream()
                        .anyMatch(name -> Tokens.count(
                                        Tokens.of(sentence, source.language()), Tokens.keys(name, source.language()))
                                > 0))
                .findFirst()
                .orElse(sentences.isEmpty() ? passage.text() : sentences.get(0));
    }
}
