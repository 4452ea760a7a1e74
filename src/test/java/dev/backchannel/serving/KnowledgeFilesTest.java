package dev.backchannel.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFilesTest {

    @TempDir
    Path temp;

    private KnowledgeFiles files(Path knowledge, String codeStamp) {
        KnowledgeConfig config = new KnowledgeConfig(knowledge, false, 1000, 262_144, 64, 50, 65_536, 20);
        return new KnowledgeFiles(config, temp.resolve("parsed"), Optional.of(codeStamp));
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("parsed"))) {
            return files.toList();
        }
    }

    @Test
    void aSecondStartReadsTheSameTopicsTheFirstParsed() throws IOException {
        Path knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        List<Topic> parsed = files(knowledge, "build-1").topics();

        List<Topic> read = files(knowledge, "build-1").topics();

        assertThat(parsed).isNotEmpty();
        assertThat(read).isEqualTo(parsed);
        assertThat(snapshots()).hasSize(1);
    }

    @Test
    void anEditedFileIsParsedAgainAndOnlyTheNewestSnapshotIsKept() throws IOException {
        Path knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        files(knowledge, "build-1").topics();
        Path file = knowledge.resolve("en/track-two.md");
        Files.writeString(file, Files.readString(file).replace("Track II", "Track Two (edited)"));

        List<Topic> topics = files(knowledge, "build-1").topics();

        assertThat(topics)
                .filteredOn(t -> t.id().equals("track-two") && t.file().equals(file))
                .singleElement()
                .satisfies(t -> assertThat(t.sections().toString()).contains("Track Two (edited)"));
        assertThat(snapshots()).hasSize(1);
    }

    @Test
    void aNewBuildOfTheCodeDoesNotReadWhatAnOlderOneKept() throws IOException {
        Path knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        files(knowledge, "build-1").topics();
        Path kept = snapshots().get(0);

        files(knowledge, "build-2").topics();

        assertThat(snapshots()).hasSize(1).doesNotContain(kept);
    }

    @Test
    void anUnreadableSnapshotIsIgnoredAndTheFilesParsedAgain() throws IOException {
        Path knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        List<Topic> parsed = files(knowledge, "build-1").topics();
        Files.writeString(snapshots().get(0), "{\"topics\": [{\"id\": 1");

        assertThat(files(knowledge, "build-1").topics()).isEqualTo(parsed);
    }

    @Test
    void checkingUnchangedFilesAgainReportsTheSameProblemsFromTheSnapshot() throws IOException {
        Path knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        Files.writeString(knowledge.resolve("en/broken.md"), "no front matter here\n");
        KnowledgeLoader.Result parsed = files(knowledge, "build-1").loaded();

        KnowledgeLoader.Result again = files(knowledge, "build-1").loaded();

        assertThat(parsed.problems())
                .anySatisfy(problem -> assertThat(problem.file().toString()).endsWith("broken.md"));
        assertThat(again).isEqualTo(parsed);
        assertThat(snapshots()).hasSize(1);
    }

    @Test
    void aSnapshotKeepsTheProblemsFoundSoEveryStartStillReportsThem() {
        Path broken = temp.resolve("en/broken.md");
        KnowledgeLoader.Result result = new KnowledgeLoader.Result(
                List.of(),
                List.of(Problem.error(broken, 3, "missing front matter"), Problem.warning(broken, 9, "long")));
        ParsedKnowledgeCache cache = new ParsedKnowledgeCache(temp.resolve("parsed"));

        cache.write("0123456789abcdef", result);

        assertThat(cache.read("0123456789abcdef")).contains(result);
    }
}
