package dev.backchannel.question;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every name of every topic (titles and aliases, both languages), folded, so that a question
 * naming a topic in either language, with or without diacritics, is tied to that topic; and the
 * sections each topic has, so that a name can be weighed by what its topic is able to answer.
 */
public final class Glossary {

    /** A topic named in a question, and the name that named it. */
    public record Match(String topicId, String name) {}

    /**
     * A name of this many words or more is still found with a few words typed inside it: "cựu tổng
     * thống hay đi làm đặc phái viên" names "cựu tổng thống làm đặc phái viên". Shorter names must
     * be typed whole, or "track ... two" would turn up in any question using both words.
     */
    private static final int MIN_WORDS_FOR_GAPS = 4;

    private static final int MAX_INSERTED_WORDS = 2;

    private record Name(String[] words, String folded, String topicId) {}

    private final List<Name> names;
    private final Map<String, Set<String>> sectionsByTopic;

    public Glossary(KnowledgeBase knowledge) {
        Map<String, String> byName = new TreeMap<>();
        Map<String, Set<String>> sections = new HashMap<>();
        for (Topic topic : knowledge.topics()) {
            addName(byName, topic.title(), topic.id());
            topic.aliases().forEach(alias -> addName(byName, alias, topic.id()));
            topic.sections()
                    .forEach(section -> sections.computeIfAbsent(topic.id(), id -> new HashSet<>())
                            .add(section.slug()));
        }
        sections.replaceAll((id, slugs) -> Set.copyOf(slugs));
        this.sectionsByTopic = Map.copyOf(sections);
        List<Name> sorted = new ArrayList<>();
        byName.forEach((folded, topicId) -> sorted.add(new Name(folded.split(" "), folded, topicId)));
        // Longest names first, so "us china track two" wins over "track two" inside it.
        sorted.sort(Comparator.comparingInt((Name name) -> -name.folded().length()));
        this.names = List.copyOf(sorted);
    }

    private static void addName(Map<String, String> byName, String name, String topicId) {
        String folded = TextFolding.foldWords(name);
        if (folded.length() >= 3) {
            byName.putIfAbsent(folded, topicId);
        }
    }

    /** The topics a question names, in the order of their first mention, without overlaps. */
    public List<Match> find(String question) {
        String folded = TextFolding.foldWords(question);
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        boolean[] taken = new boolean[words.length];
        List<int[]> spans = new ArrayList<>();
        List<Match> found = new ArrayList<>();
        // A name is mentioned only where its first word is: most of the thousands of names have
        // none of their words in a question, and are not scanned for.
        Set<String> present = new HashSet<>(Arrays.asList(words));
        for (Name name : names) {
            if (!present.contains(name.words()[0])) {
                continue;
            }
            int at = firstFree(words, taken, name);
            if (at >= 0) {
                spans.add(new int[] {at, found.size()});
                found.add(new Match(name.topicId(), name.folded()));
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        Set<String> seen = new LinkedHashSet<>();
        List<Match> ordered = new ArrayList<>();
        for (int[] span : spans) {
            Match match = found.get(span[1]);
            if (seen.add(match.topicId())) {
                ordered.add(match);
            }
        }
        return ordered;
    }

    /** Whether the topic has one of these sections, in either language. */
    public boolean hasAnyOf(String topicId, Set<String> sectionSlugs) {
        Set<String> sections = sectionsByTopic.getOrDefault(topicId, Set.of());
        return sectionSlugs.stream().anyMatch(sections::contains);
    }

    /** Where the first untaken mention of a name starts, marking its words taken; -1 if none. */
    private static int firstFree(String[] words, boolean[] taken, Name name) {
        int allowedGap = name.words().length >= MIN_WORDS_FOR_GAPS ? MAX_INSERTED_WORDS : 0;
        for (int start = 0; start < words.length; start++) {
            int end = endOfMention(words, taken, name.words(), start, allowedGap);
            if (end > 0) {
                for (int i = start; i < end; i++) {
                    taken[i] = true;
                }
                return start;
            }
        }
        return -1;
    }

    /**
     * The end (exclusive) of a mention of the name's words, in order, from start, with at most
     * allowedGap other words between them and none of them taken; 0 if there is none.
     */
    private static int endOfMention(String[] words, boolean[] taken, String[] name, int start, int allowedGap) {
        int position = start;
        int gap = 0;
        for (int i = 0; i < name.length; i++) {
            while (i > 0
                    && gap < allowedGap
                    && position < words.length
                    && !taken[position]
                    && !words[position].equals(name[i])) {
                position++;
                gap++;
            }
            if (position >= words.length || taken[position] || !words[position].equals(name[i])) {
                return 0;
            }
            position++;
        }
        return position;
    }
}
