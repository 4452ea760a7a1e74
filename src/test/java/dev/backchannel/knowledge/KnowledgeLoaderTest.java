package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KnowledgeLoaderTest {

    @TempDir
    Path temp;

    private Path knowledge() {
        return Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
    }

    private static final String VALID_FRONT = """
      ---
      id: %s
      lang: en
      kind: term
      title: "Some term"
      summary: "A term."
      related: [track-two]
      sources:
        - title: "A source"
          url: "https://example.org/a"
      ---
      ## Definition
      Some body text that explains the term in a sentence or two.
      """;

    private KnowledgeLoader.Result loadWith(String fileName, String content) throws IOException {
        Path dir = knowledge();
        Files.writeString(dir.resolve("en").resolve(fileName), content);
        return new KnowledgeLoader().load(dir);
    }

    private static List<String> errors(KnowledgeLoader.Result result) {
        return result.problems().stream()
                .filter(Problem::isError)
                .map(Problem::describe)
                .toList();
    }

    @Test
    @DisplayName("the fixture loads completely, in both languages, without problems")
    void fixtureLoads() {
        KnowledgeLoader.Result result = new KnowledgeLoader().load(knowledge());

        assertThat(result.problems()).isEmpty();
        assertThat(result.topics()).hasSize(8);
        Topic trackTwo = result.topics().stream()
                .filter(t -> t.id().equals("track-two") && t.language() == Language.EN)
                .findFirst()
                .orElseThrow();
        assertThat(trackTwo.kind()).isEqualTo(Kind.TRACK);
        assertThat(trackTwo.aliases()).contains("Track Two");
        assertThat(trackTwo.sections()).extracting(Section::heading).containsExactly("Definition", "Origin");
        assertThat(trackTwo.sources())
                .extracting(Source::url)
                .containsExactly("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    }

    @Test
    @DisplayName("a broken file is reported with its line and skipped, and the other files still load")
    void brokenFileIsSkipped() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("broken.md", VALID_FRONT.formatted("broken").replace("kind: term", "kind: [oops"));

        assertThat(result.hasErrors()).isTrue();
        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("broken.md:")
                .contains("malformed YAML");
        assertThat(result.topics()).hasSize(8);
    }

    @Test
    @DisplayName("a missing field is named, with the file")
    void missingField() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("no-title.md", VALID_FRONT.formatted("no-title").replace("title: \"Some term\"\n", ""));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("no-title.md:1:")
                .contains("missing field 'title'");
    }

    @Test
    @DisplayName("an unknown field is reported on its own line")
    void unknownField() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("extra.md", VALID_FRONT.formatted("extra").replace("summary:", "colour: blue\nsummary:"));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("extra.md:6:")
                .contains("unknown field 'colour'");
    }

    @Test
    @DisplayName("an id that does not match the file name is reported on the id line")
    void idMismatch() throws IOException {
        KnowledgeLoader.Result result = loadWith("right-name.md", VALID_FRONT.formatted("wrong-name"));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("right-name.md:2:")
                .contains("does not match the file name");
    }

    @Test
    @DisplayName("unknown kind and lang, no sources, an unknown related id and an empty body are all errors")
    void everyKindOfMistake() throws IOException {
        String content = VALID_FRONT
                .formatted("many")
                .replace("kind: term", "kind: gossip")
                .replace("lang: en", "lang: fr")
                .replace("related: [track-two]", "related: [no-such-topic]")
                .replaceAll("(?s)sources:.*?---", "sources: []\n---")
                .replaceAll("(?s)## Definition.*", "");
        KnowledgeLoader.Result result = loadWith("many.md", content);

        assertThat(String.join("\n", errors(result)))
                .contains("unknown kind 'gossip'")
                .contains("unknown lang 'fr'")
                .contains("no sources")
                .contains("empty body");
    }

    @Test
    @DisplayName("a related id that no topic has is an error on the related line")
    void unknownRelated() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("lonely.md", VALID_FRONT.formatted("lonely").replace("[track-two]", "[track-nine]"));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("lonely.md:7:")
                .contains("unknown related id 'track-nine'");
        assertThat(result.topics()).extracting(Topic::id).doesNotContain("lonely");
    }

    @Test
    @DisplayName("a file that is not UTF-8 text is refused")
    void binaryFile() throws IOException {
        Path dir = knowledge();
        Files.write(dir.resolve("en/binary.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        assertThat(errors(new KnowledgeLoader().load(dir)))
                .singleElement()
                .asString()
                .contains("binary.md:1:")
                .contains("not UTF-8");
    }

    @Test
    @DisplayName("warnings: a topic in one language only, a long summary, an alias shared with another topic")
    void warnings() throws IOException {
        String content = VALID_FRONT
                .formatted("lonely")
                .replace(
                        "summary: \"A term.\"",
                        "summary: \"" + "word ".repeat(45).trim() + "\"\naliases: [\"back channel\"]");
        KnowledgeLoader.Result result = loadWith("lonely.md", content);

        assertThat(result.hasErrors()).isFalse();
        List<String> warnings = result.problems().stream()
                .filter(p -> !p.isError())
                .map(Problem::message)
                .toList();
        assertThat(warnings)
                .anyMatch(w -> w.contains("exists in en only"))
                .anyMatch(w -> w.contains("summary is 45 words"))
                .anyMatch(w -> w.contains("alias 'back channel' is also a name of backchannel-diplomacy"));
    }

    @Test
    @DisplayName("a link to a topic file outside the folder is an error naming the link, and it is not served")
    void linkOutsideIsNotFollowed() throws IOException {
        Path dir = knowledge();
        Path outside = Files.writeString(temp.resolve("secret.md"), VALID_FRONT.formatted("secret"));
        Path link = Files.createSymbolicLink(dir.resolve("en/secret.md"), outside);

        KnowledgeLoader.Result result = new KnowledgeLoader().load(dir);

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains(link.toString())
                .contains("outside");
        assertThat(result.topics()).extracting(Topic::id).doesNotContain("secret");
    }

    @Test
    @DisplayName("a file over the size limit is an error with its size and is skipped; the others load")
    void oversizedFileIsSkipped() throws IOException {
        Path dir = knowledge();
        String padding = "Filler sentence about nothing in particular. ".repeat(200);
        Files.writeString(dir.resolve("en/huge.md"), VALID_FRONT.formatted("huge") + padding);

        KnowledgeLoader.Result result = new KnowledgeLoader(4_096, 64).load(dir);

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("huge.md")
                .contains("max-file-bytes");
        assertThat(result.topics()).hasSize(8);
    }

    @Test
    @DisplayName("a topic cut into more passages than allowed is an error and is not served")
    void topicOverPassageLimitIsSkipped() throws IOException {
        Path dir = knowledge();
        String sections = "## Section\n" + "A sentence of a long section about one thing. ".repeat(30) + "\n\n";
        Files.writeString(dir.resolve("en/long.md"), VALID_FRONT.formatted("long") + sections.repeat(6));

        KnowledgeLoader.Result result = new KnowledgeLoader(262_144, 4).load(dir);

        assertThat(errors(result))
                .singleElement()
                .asString()
                .contains("long.md")
                .contains("max-passages");
        assertThat(result.topics()).extracting(Topic::id).doesNotContain("long");
    }

    private static final String CASE_FRONT = """
      ---
      id: %s
      lang: en
      kind: example
      period: "%s"
      track: %s
      title: "Some case"
      summary: "A case."
      related: [track-two]
      sources:
        - title: "A source"
          url: "https://example.org/a"
      ---
      ## What happened
      Some people met in secret and talked for a while.
      """;

    @Test
    @DisplayName("a case's period and track are read into the topic: one year, a span, or a start still going on")
    void caseWithPeriodAndTrack() throws IOException {
        Path dir = knowledge();
        Files.writeString(dir.resolve("en/one-year.md"), CASE_FRONT.formatted("one-year", "1993", "track-two"));
        Files.writeString(dir.resolve("en/a-span.md"), CASE_FRONT.formatted("a-span", "1969–1973", "track-two"));
        Files.writeString(dir.resolve("en/still-going.md"), CASE_FRONT.formatted("still-going", "1957-", "track-two"));

        KnowledgeLoader.Result result = new KnowledgeLoader().load(dir);

        assertThat(errors(result)).isEmpty();
        assertThat(result.topics())
                .filteredOn(t -> List.of("one-year", "a-span", "still-going").contains(t.id()))
                .extracting(t -> t.id() + " " + t.period().orElseThrow().code() + " "
                        + t.track().orElseThrow())
                .containsExactlyInAnyOrder(
                        "one-year 1993 track-two", "a-span 1969-1973 track-two", "still-going 1957- track-two");
    }

    @Test
    @DisplayName("a malformed period is an error on its line, saying what to write, and the case is not served")
    void malformedPeriod() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("odd-years.md", CASE_FRONT.formatted("odd-years", "the 1970s", "track-two"));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .endsWith("odd-years.md:5: error: period 'the 1970s' is not a period: write " + Period.FORMS);
        assertThat(result.topics()).extracting(Topic::id).doesNotContain("odd-years");
    }

    @Test
    @DisplayName("a track that names no topic of kind track is an error on its line, listing the tracks")
    void unknownTrack() throws IOException {
        KnowledgeLoader.Result result =
                loadWith("lost-case.md", CASE_FRONT.formatted("lost-case", "1993", "oslo-backchannel"));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .endsWith("lost-case.md:6: error: unknown track 'oslo-backchannel': write the id of a topic of kind"
                        + " track (backchannel-diplomacy, track-three, track-two)");
        assertThat(result.topics()).extracting(Topic::id).doesNotContain("lost-case");
    }

    @Test
    @DisplayName("a term with a period is an error: only cases have a place on the timeline")
    void periodOnATerm() throws IOException {
        KnowledgeLoader.Result result = loadWith(
                "dated-term.md",
                VALID_FRONT.formatted("dated-term").replace("kind: term", "kind: term\nperiod: \"1993\""));

        assertThat(errors(result))
                .singleElement()
                .asString()
                .endsWith("dated-term.md:5: error: field 'period' places a case on the timeline; a term has none");
    }
}
