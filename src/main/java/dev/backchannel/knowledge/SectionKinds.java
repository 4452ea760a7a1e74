package dev.backchannel.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  /** The slugs, in both languages, of the named section kinds. */
  public Set<String> slugs(String... names) {
    Set<String> slugs = new LinkedHashSet<>();
    for (String name : names) {
      slugs.addAll(named(name).slugs());
    }
    return Set.copyOf(slugs);
  }

  /** The standard sections of a kind of topic, in the order a file gives them. */
  public List<SectionKind> of(Kind topicKind) {
    return order.stream().filter(kind -> kind.topicKinds().contains(topicKind)).toList();
  }

  /** The section kind a heading in a language names, if it is a standard one. */
  public Optional<SectionKind> byHeading(Language language, String heading) {
    return order.stream().filter(kind -> kind.heading(language).equals(heading)).findFirst();
  }

  private static List<SectionKind> read() {
    List<SectionKind> kinds = new ArrayList<>();
    int number = 0;
    for (String line : lines()) {
      number++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length != 4) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": expected 4 cells separated by '|'");
      }
      Set<Kind> topicKinds = EnumSet.noneOf(Kind.class);
      for (String code : cells[1].strip().split("\\s+")) {
        topicKinds.add(Kind.fromCode(code).orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown topic kind '" + code + "'")));
      }
      kinds.add(new SectionKind(cells[0].strip(), topicKinds, Map.of(Language.EN, cells[2].strip(), Language.VI, cells[3].strip())));
    }
    return kinds;
  }

  private static List<String> lines() {
    try (InputStream in = SectionKinds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
    }
  }
}
