package dev.backchannel.answer;

import dev.backchannel.knowledge.Sentences.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The pieces a passage is quoted in: its sentences, except that a sentence introducing a list is
 * one piece with the list's items.
 */
final class QuotedUnits {

    /** How a list cut short ends. */
    static final String LIST_CUT = "; …";

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;:] ");
    /** The last item's "and", with or without a comma before it: "a, b and c", "a, b và c". */
    private static final Pattern LAST_ITEM = Pattern.compile("[,;:] [^,;:]+ (and|or|và|hoặc) ");

    private static final int ENUMERATION_SEPARATORS = 2;

    private QuotedUnits() {}

    /**
     * A sentence that introduces a list ("...names nine tracks:") says nothing alone: it is quoted
     * together with the items that follow it, as far as they fit in {@code budget}. When they do not
     * all fit, the items the question asks about are kept, in their order, and the list ends in an
     * ellipsis, so that "nine tracks" followed by seven is not taken for the whole; the items left
     * out are not quoted on their own ("a common policy enterprise." is not a sentence).
     */
    static List<String> of(List<Sentence> sentences, int budget, ToDoubleFunction<String> relevance) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).text();
            if (!sentence.endsWith(":") || i + 1 == sentences.size()) {
                units.add(sentence);
            } else if (sentences.get(i + 1).listItem()) {
                List<String> items = new ArrayList<>();
                while (i + 1 < sentences.size() && sentences.get(i + 1).listItem()) {
                    int end = endOfItem(sentences, i + 1);
                    items.add(String.join(
                                    " ",
                                    sentences.subList(i + 1, end).stream()
                                            .map(Sentence::text)
                                            .toList())
                            .replaceFirst("[.;]$", ""));
                    i = end - 1;
                }
                units.add(listUnit(sentence, items, budget, relevance));
            } else {
                // A passage cut from a long section has lost its list markers: the sentences that follow
                // the colon stand in for its items, one each, as far as they fit.
                StringBuilder unit = new StringBuilder(sentence);
                while (i + 1 < sentences.size()
                        && unit.length() + sentences.get(i + 1).text().length() + 2 <= budget) {
                    unit.append(unit.charAt(unit.length() - 1) == ':' ? " " : "; ")
                            .append(sentences.get(++i).text().replaceFirst("[.;]$", ""));
                }
                units.add(
                        unit.charAt(unit.length() - 1) == ':'
                                ? unit.toString()
                                : unit.append('.').toString());
            }
        }
        return units;
    }

    private static String listUnit(String intro, List<String> items, int budget, ToDoubleFunction<String> relevance) {
        if (intro.length() + items.stream().mapToInt(item -> item.length() + 2).sum() <= budget) {
            return intro + " " + String.join("; ", items) + ".";
        }
        double[] scores = items.stream().mapToDouble(relevance).toArray();
        List<Integer> byRelevance = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            byRelevance.add(i);
        }
        // Most relevant first; among equals, the list's own order.
        byRelevance.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        Set<Integer> kept = new HashSet<>();
        int length = intro.length();
        for (int i : byRelevance) {
            if (length + items.get(i).length() + 2 <= budget) {
                kept.add(i);
                length += items.get(i).length() + 2;
            }
        }
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (kept.contains(i)) {
                quoted.add(items.get(i));
            }
        }
        if (quoted.isEmpty()) {
            return intro + " …";
        }
        return intro + " " + String.join("; ", quoted) + (quoted.size() < items.size() ? LIST_CUT : ".");
    }

    /** Where the item starting at {@code first} ends (exclusive): an item may hold several sentences. */
    private static int endOfItem(List<Sentence> sentences, int first) {
        int end = first + 1;
        while (end < sentences.size()
                && sentences.get(end).block() == sentences.get(first).block()) {
            end++;
        }
        return end;
    }

    /**
     * "a, b, c and d", "a: b, c và d" or "a; b; c"; an appositive ("the IISS, a British think tank,
     * with ...") is not.
     */
    static boolean enumerates(String sentence) {
        long separators = ITEM_SEPARATOR.matcher(sentence).results().count();
        return separators > ENUMERATION_SEPARATORS
                || separators == ENUMERATION_SEPARATORS
                        && LAST_ITEM.matcher(sentence).find();
    }
}
