package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Topic;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language's knowledge that tell options apart. A content word is any word but a
 * function word. A distinctive word of a title is a year, or a name few titles share: "Paris",
 * "Carter", "Cuba", which a student could match in a stem without knowing anything. A word is a
 * name when the knowledge base mostly capitalises it inside a sentence, or the title does past its
 * first word, so "Sant'Egidio" is one and "peace", "khả năng" are not; common words that give an
 * answer away are the shared-word check's to catch. Titles are counted without their brackets, as
 * options show them.
 */
final class Vocabulary {

    private static final int YEAR_DIGITS = 4;
    /** The shortest name whose longer forms are matched too. */
    private static final int PREFIX = 4;

    private final Language language;
    private final Set<String> stopWords;
    private final int distinctiveTitles;
    /** How many titles have each content word. */
    private final Map<String, Integer> titlesWith = new HashMap<>();
    /** Inside sentences, how often each word is capitalised, less how often it is not. */
    private final Map<String, Integer> capitalised = new HashMap<>();

    Vocabulary(Language language, QuizLexicon lexicon, int distinctiveTitles, Collection<Topic> topics) {
        this.language = language;
        this.stopWords = lexicon.words(language, QuizLexicon.STOP_WORDS);
        this.distinctiveTitles = distinctiveTitles;
        for (Topic topic : topics) {
            for (String word : contentWords(TopicNames.shortTitle(topic))) {
                titlesWith.merge(word, 1, Integer::sum);
            }
            for (String sentence : Sentences.split(FactFinder.text(topic))) {
                List<Token> words = Tokens.of(sentence, language);
                for (Token word : words.subList(Math.min(1, words.size()), words.size())) {
                    capitalised.merge(
                            word.key(), Character.isUpperCase(word.text().charAt(0)) ? 1 : -1, Integer::sum);
                }
            }
        }
    }

    Language language() {
        return language;
    }

    Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (Token token : Tokens.of(text, language)) {
            if (token.key().length() >= 2 && !stopWords.contains(token.key())) {
                words.add(token.key());
            }
        }
        return words;
    }

    /**
     * The words that stand for one of the distinctive words: the word itself, or a longer word
     * made from a name of four letters or more, "Israeli" from "Israel", "Cuban" from "Cuba".
     */
    Set<String> standingFor(Collection<String> words, Set<String> distinctive) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : words) {
            for (String name : distinctive) {
                if (word.equals(name) || (name.length() >= PREFIX && word.startsWith(name))) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /** Whether few titles have the word: sharing it with a stem says more than sharing "diplomacy". */
    boolean rare(String word) {
        return titlesWith.getOrDefault(word, 0) <= distinctiveTitles;
    }

    /**
     * The years of a title, and the names in it that few titles share: words the knowledge base
     * capitalises, or the title does past its first word ("Ai Cập").
     */
    Set<String> distinctiveWords(String title) {
        Set<String> content = contentWords(title);
        Set<String> words = new LinkedHashSet<>();
        List<Token> tokens = Tokens.of(title, language);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).key();
            if (!content.contains(word)) {
                continue;
            }
            boolean number = word.chars().allMatch(Character::isDigit);
            boolean name = capitalised.getOrDefault(word, 0) > 0
                    || (i > 0 && Character.isUpperCase(tokens.get(i).text().charAt(0)));
            if (number ? word.length() == YEAR_DIGITS : name && titlesWith.getOrDefault(word, 0) <= distinctiveTitles) {
                words.add(word);
            }
        }
        return words;
    }
}
