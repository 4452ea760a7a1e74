package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Section;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years, people and places of a case, read from its text without a model. Years are the
 * four-digit numbers of its sentences and its period. People are the names that open the sentences
 * and items of its "who was involved" section, titles taken off, and the names joined to them by
 * "and"; places the capitalised names after "in", "at", "tại", "ở". A person or place counts only
 * when the case's version in the other language writes it too, which is what tells a name ("Lê Đức
 * Thọ") from a capitalised phrase ("Bộ Chính trị").
 */
final class FactFinder {

    private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}]*"
            + "(?:(?:['’](?![sS](?![\\p{L}]))|-)[\\p{L}\\p{M}]+)*(?:(?<=Jr|Sr|St)\\.)?)";
    private static final Pattern NAME_RUN =
            Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'’-])" + NAME_WORD + "(?: " + NAME_WORD + ")*");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern POSSESSIVE = Pattern.compile("^['’][sS](?![\\p{L}])");
    private static final int LONGEST_NAME = 5;
    private static final int LONGEST_PLACE = 4;

    private final QuizLexicon lexicon;
    private final SectionKinds sections;
    private final Glosses glosses;

    FactFinder(QuizLexicon lexicon, SectionKinds sections, Glosses glosses) {
        this.lexicon = lexicon;
        this.sections = sections;
        this.glosses = glosses;
    }

    /** The text of a topic that facts are read from and wrong answers are checked against. */
    static String text(Topic topic) {
        StringBuilder text = new StringBuilder(topic.title()).append('\n').append(topic.summary());
        topic.sections().forEach(section -> text.append("\n\n").append(section.text()));
        return text.toString();
    }

    List<Fact> facts(Topic topic, Optional<Topic> counterpart) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        String text = text(topic);
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            if (standsAlone(text, year.start(), year.end())) {
                add(facts, new Fact(FactType.YEAR, year.group()));
            }
        }
        topic.period().ifPresent(period -> {
            add(facts, new Fact(FactType.YEAR, String.valueOf(period.first())));
            period.last().ifPresent(last -> add(facts, new Fact(FactType.YEAR, String.valueOf(last))));
        });
        if (counterpart.isEmpty()) {
            return List.copyOf(facts.values());
        }
        Language other = counterpart.get().language();
        Set<String> written =
                Tokens.joinedRuns(Tokens.plainKeys(glosses.strip(text(counterpart.get()), other)), LONGEST_NAME);
        List<String> places = places(text, topic.language(), written);
        List<String> people = new ArrayList<>();
        String peopleSlug = sections.named("people").slug(topic.language());
        for (Section section : topic.sections()) {
            if (section.slug().equals(peopleSlug)) {
                people.addAll(people(section.text(), topic.language(), written));
            }
        }
        // "With Yasser Abed Rabbo in Geneva": a person after a place cue is still a person.
        places.removeIf(place -> people.stream().anyMatch(person -> same(person, place)));
        people.forEach(person -> add(facts, new Fact(FactType.PERSON, person)));
        places.forEach(place -> add(facts, new Fact(FactType.PLACE, place)));
        return List.copyOf(facts.values());
    }

    private static void add(Map<String, Fact> facts, Fact fact) {
        facts.putIfAbsent(fact.type() + ":" + String.join("", Tokens.plainKeys(fact.text())), fact);
    }

    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private List<String> people(String text, Language language, Set<String> written) {
        List<String> people = new ArrayList<>();
        for (String sentence : Sentences.split(text)) {
            List<Token> tokens = Tokens.of(sentence, language);
            Matcher run = NAME_RUN.matcher(sentence);
            boolean opening = true;
            int joinedFrom = -1;
            while (run.find()) {
                List<String> words = withoutTitles(Arrays.asList(run.group().split(" ")), language);
                boolean joined = run.start() == joinedFrom;
                if (words.isEmpty() && opening) {
                    continue;
                }
                if (!(opening && onlyTitlesBefore(tokens, run.start(), language)) && !joined) {
                    break;
                }
                opening = false;
                if (words.size() < 2 || words.size() > LONGEST_NAME || !isName(words, language, written)) {
                    break;
                }
                people.add(String.join(" ", words));
                joinedFrom = joinedAfter(sentence, run.end(), language);
            }
        }
        return people;
    }

    private boolean onlyTitlesBefore(List<Token> tokens, int start, Language language) {
        return tokens.stream().filter(token -> token.end() <= start).allMatch(token -> isTitle(token.text(), language));
    }

    /** Where a name joined to the one ending at {@code end} by "and" or "và" would start, or -1. */
    private int joinedAfter(String sentence, int end, Language language) {
        Matcher and = Pattern.compile("^\\s+(\\p{L}+)\\s+").matcher(sentence.substring(end));
        if (and.find()
                && lexicon.words(language, QuizLexicon.CONJUNCTIONS).contains(Tokens.key(and.group(1), language))) {
            return end + and.end();
        }
        return -1;
    }

    private List<String> places(String text, Language language, Set<String> written) {
        List<String> places = new ArrayList<>();
        List<Token> tokens = Tokens.of(text, language);
        Matcher run = NAME_RUN.matcher(text);
        while (run.find()) {
            List<String> words = Arrays.asList(run.group().split(" "));
            if (words.size() <= LONGEST_PLACE
                    && !POSSESSIVE.matcher(text.substring(run.end())).find()
                    && afterPlaceCue(tokens, run.start(), language)
                    && !hasTitle(words, language)
                    && isName(words, language, written)) {
                places.add(run.group());
            }
        }
        return places;
    }

    private List<String> withoutTitles(List<String> words, Language language) {
        int first = 0;
        while (first < words.size() && isTitle(words.get(first), language)) {
            first++;
        }
        return words.subList(first, words.size());
    }

    private boolean hasTitle(List<String> words, Language language) {
        return words.stream().anyMatch(word -> isTitle(word, language));
    }

    /** "Vice-President" is a title when every part of it is. */
    private boolean isTitle(String word, Language language) {
        Set<String> titles = lexicon.words(language, QuizLexicon.TITLES);
        return Arrays.stream(word.split("-")).allMatch(part -> titles.contains(Tokens.key(part, language)));
    }

    /**
     * A name: no acronym ("GAM", "II"), no word of an organisation in either language (a Vietnamese
     * text names "Pacific Forum" too), not opened by a function word or a month, and written in the
     * other language's version too.
     */
    private boolean isName(List<String> words, Language language, Set<String> written) {
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                return false;
            }
            for (Language either : Language.values()) {
                Set<String> organisations = lexicon.words(either, QuizLexicon.ORGANISATIONS);
                if (Arrays.stream(word.split("-")).anyMatch(part -> organisations.contains(Tokens.key(part, either)))) {
                    return false;
                }
            }
        }
        String opening = Tokens.key(words.get(0), language);
        if (lexicon.words(language, QuizLexicon.STOP_WORDS).contains(opening)
                || lexicon.words(language, QuizLexicon.MONTHS).contains(opening)) {
            return false;
        }
        return written.contains(String.join("", Tokens.plainKeys(String.join(" ", words))));
    }

    private boolean afterPlaceCue(List<Token> tokens, int start, Language language) {
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < start) {
            at++;
        }
        int before = at - 1;
        Set<String> articles = lexicon.words(language, QuizLexicon.ARTICLES);
        while (before >= 0 && articles.contains(tokens.get(before).key())) {
            before--;
        }
        return before >= 0
                && lexicon.words(language, QuizLexicon.PLACE_CUES)
                        .contains(tokens.get(before).key());
    }

    private static boolean same(String person, String place) {
        return Tokens.plainKeys(person).equals(Tokens.plainKeys(place));
    }
}
