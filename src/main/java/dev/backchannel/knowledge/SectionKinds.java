package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard sections of each kind of topic, read once from {@code knowledge/section-kinds.txt}.
 * Everything that needs a section by its meaning (the definition, who took part) asks here rather
 * than spelling its slug.
 */
public final class SectionKinds {

    private static final String RESOURCE = "knowledge/section-kinds.txt";

    private static final class Standard {
        private static final SectionKinds KINDS = new SectionKinds(read());
    }

    private final Map<String, SectionKind> byName;
    private final List<SectionKind> order;

    public SectionKinds(List<SectionKind> kinds) {
        Map<String, SectionKind> names = new LinkedHashMap<>();
        for (SectionKind kind : kinds) {
            if (names.put(kind.name(), kind) != null) {
                throw new IllegalStateException(RESOURCE + ": section kind '" + kind.name() + "' appears twice");
            }
        }
        this.byName = Map.copyOf(names);
        this.order = List.copyOf(kinds);
    }

    /** The section kinds shipped with Backchannel. */
    public static SectionKinds standard() {
        return Standard.KINDS;
    }

    public SectionKind named(String name) {
        SectionKind kind = byName.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("no section kind '" + name + "' in " + RESOURCE);
        }
        return kind;
    }

    /** The slugs, in both languages, of the named section kinds, in the order named. */
    public Set<String> slugs(String... names) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String name : names) {
            slugs.addAll(named(name).slugs());
        }
        return Collections.unmodifiableSet(slugs);
    }

    /** The standard sections of a kind of topic, in the order a file gives them. */
    public List<SectionKind> of(Kind topicKind) {
        return order.stream()
                .filter(kind -> kind.topicKinds().contains(topicKind))
                .toList();
    }

    /** The section kind a heading in a language names, if it is a standard one. */
    public Optional<SectionKind> byHeading(Language language, String heading) {
        return order.stream()
                .filter(kind -> kind.heading(language).equals(heading))
                .findFirst();
    }

    private static List<SectionKind> read() {
        List<SectionKind> kinds = new ArrayList<>();
        for (ResourceLines.Entry entry : ResourceLines.entries(RESOURCE)) {
            int number = entry.line();
            String line = entry.text();
            String[] cells = line.split("\\|");
            if (cells.length != 5) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected 5 cells separated by '|'");
            }
            Set<Kind> topicKinds = EnumSet.noneOf(Kind.class);
            for (String code : cells[1].strip().split("\\s+")) {
                topicKinds.add(Kind.fromCode(code)
                        .orElseThrow(
                                () -> new IllegalStateException(RESOURCE + ": unknown topic kind '" + code + "'")));
            }
            kinds.add(new SectionKind(
                    cells[0].strip(),
                    topicKinds,
                    Map.of(Language.EN, cells[2].strip(), Language.VI, cells[3].strip()),
                    lengths(cells[4].strip(), number)));
        }
        return kinds;
    }

    /** "-" for no bound, or the English then the Vietnamese range: "60-200 60-300". */
    private static Map<Language, SectionKind.Length> lengths(String cell, int number) {
        if (cell.equals("-")) {
            return Map.of();
        }
        String[] ranges = cell.split("\\s+");
        if (ranges.length != 2) {
            throw new IllegalStateException(
                    RESOURCE + ":" + number + ": a length is '-' or two ranges, English then Vietnamese");
        }
        return Map.of(Language.EN, range(ranges[0], number), Language.VI, range(ranges[1], number));
    }

    private static SectionKind.Length range(String range, int number) {
        String[] bounds = range.split("-");
        try {
            return new SectionKind.Length(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    RESOURCE + ":" + number + ": '" + range + "' is not a range like 60-200", e);
        }
    }
}
