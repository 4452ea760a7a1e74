package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.notes.NoteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CourseNoteReaderTest {

    private final CourseNoteReader reader = new CourseNoteReader(new SectionRules(SectionKinds.standard()), 65_536, 64);

    /** A valid note with every kind of markup a quote must not carry. */
    private static final String NOTE = NoteFiles.harborTalks()
            + "@everyone <@123> <@&456> see [the minutes](http://evil.example/minutes) and <script>alert(1)</script>"
            + " now.\n";

    private static byte[] template(String language) throws IOException {
        try (InputStream in = CourseNoteReader.class.getResourceAsStream("/notes/template-" + language + ".md")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    @DisplayName("the shipped template is accepted as course notes, with the curated base's rules as warnings only")
    void templateIsAccepted(String language) throws IOException {
        CourseNoteReader.Result read = reader.read("template.md", template(language), id -> false);

        assertThat(read.errors()).isEmpty();
        assertThat(read.topic()).isPresent();
        assertThat(read.warnings()).isNotEmpty().allMatch(p -> !p.isError());
    }

    @Test
    @DisplayName("mentions, masked links and tags are taken out of the notes before they are read")
    void markupTakenOut() {
        Topic topic = reader.read("harbor.md", NOTE.getBytes(StandardCharsets.UTF_8), id -> false)
                .topic()
                .orElseThrow();

        String text = topic.sections().get(0).text();
        assertThat(text)
                .contains("the minutes")
                .doesNotContain("@everyone", "<@123>", "<@&456>", "evil.example", "<script>", "](");
    }

    @Test
    @DisplayName("an id of the shared knowledge base is refused on its line: notes cannot replace or shadow it")
    void sharedIdRefused() {
        CourseNoteReader.Result read =
                reader.read("harbor.md", NOTE.getBytes(StandardCharsets.UTF_8), "harbor-talks"::equals);

        assertThat(read.topic()).isEmpty();
        assertThat(read.errors())
                .singleElement()
                .satisfies(p -> assertThat(p.describe())
                        .isEqualTo("harbor.md:2: error: id 'harbor-talks' is a topic of the shared knowledge base: "
                                + "choose another id"));
    }

    @Test
    @DisplayName("a file that is not Markdown, too large or binary is refused before it is parsed")
    void hostileFilesRefused() {
        byte[] note = NOTE.getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("harbor.pdf", note, id -> false).errors())
                .extracting(Problem::message)
                .containsExactly("not a Markdown file: attach a .md file");
        assertThat(reader.read("big.md", new byte[65_537], id -> false).errors())
                .extracting(Problem::message)
                .containsExactly("the file has 65537 bytes; course notes are at most 65536");
        assertThat(reader.read("x.md", new byte[] {'-', 0}, id -> false).errors())
                .extracting(Problem::message)
                .containsExactly("a binary file, not Markdown text");
        assertThat(reader.read("x.md", new byte[] {(byte) 0xC3, (byte) 0x28}, id -> false)
                        .errors())
                .extracting(Problem::message)
                .containsExactly("not UTF-8 text");
    }
}
