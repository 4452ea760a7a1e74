package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The ways a topic is named: its title, the title without what is in brackets, and its aliases. */
final class TopicNames {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    /** Shorter names ("II") would hide parts of other words' names. */
    private static final int SHORTEST = 3;

    private TopicNames() {}

    /** Every name of the topic worth hiding. */
    static List<String> names(Topic topic) {
        Set<String> names = new LinkedHashSet<>();
        names.add(topic.title());
        names.add(shortTitle(topic));
        names.addAll(topic.aliases());
        return names.stream()
                .filter(name -> TextFolding.foldWords(name).length() >= SHORTEST)
                .toList();
    }

    /** "Operation Marigold, 1966 (Lewandowski)" without its brackets. */
    static String shortTitle(Topic topic) {
        String shorter = BRACKETS.matcher(topic.title()).replaceAll("").strip();
        return shorter.isEmpty() ? topic.title() : shorter;
    }

    /**
     * The names a stem may call a case by, best first: its titles, then those of its aliases
     * written in the topic's language.
     */
    static List<String> caseNames(Topic topic) {
        List<String> names = new ArrayList<>(List.of(shortTitle(topic), topic.title()));
        topic.aliases().stream()
                .filter(alias -> writtenIn(alias, topic.language()))
                .map(TopicNames::capitalised)
                .forEach(names::add);
        return names.stream().distinct().toList();
    }

    /**
     * Whether an alias reads as the language's own: a Vietnamese one has Vietnamese letters, an
     * English one has them only in capitalised names ("Kissinger–Lê Đức Thọ talks").
     */
    private static boolean writtenIn(String alias, Language language) {
        boolean marked = false;
        boolean markedCommonWord = false;
        for (String word : alias.split("[\\s\\p{Pd}]+")) {
            if (!word.isEmpty() && !TextFolding.fold(word).equals(word.toLowerCase(Locale.ROOT))) {
                marked = true;
                markedCommonWord |= Character.isLowerCase(word.charAt(0));
            }
        }
        return language == Language.VI ? marked : !markedCommonWord;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
