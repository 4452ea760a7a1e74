package dev.backchannel;

import dev.backchannel.config.ConfigLoader;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.Database;
import dev.backchannel.store.QuestionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The pipeline opened once per test class over a knowledge folder (the fixture unless told
 * otherwise), with its index in a temporary folder: {@code @RegisterExtension static
 * final FixtureApp app = new FixtureApp();}.
 */
public final class FixtureApp implements BeforeAllCallback, AfterAllCallback {

    private final Path knowledge;
    private final boolean shippedDefaults;
    private Backchannel app;
    private Database database;
    private Path temp;

    public FixtureApp() {
        this(Fixtures.fixtureKnowledge(), false);
    }

    /**
     * @param shippedDefaults hybrid retrieval with the in-process embedding model, as users run it
     *     (slower: the model loads and every passage is embedded); else BM25 only
     */
    public FixtureApp(Path knowledge, boolean shippedDefaults) {
        this.knowledge = knowledge;
        this.shippedDefaults = shippedDefaults;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("backchannel-test");
        app = shippedDefaults
                ? Backchannel.open(
                        new ConfigLoader(
                                        Map.of(
                                                "BACKCHANNEL_KNOWLEDGE_DIR",
                                                knowledge.toString(),
                                                "BACKCHANNEL_INDEX_DIR",
                                                temp.resolve("index").toString()),
                                        temp)
                                .load(null),
                        temp)
                : Fixtures.open(knowledge, temp);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (database != null) {
            database.close();
        }
        app.close();
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Backchannel get() {
        return app;
    }

    /** A database on a file in this class's temporary folder, opened on first use. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open("jdbc:sqlite:" + temp.resolve("backchannel.db"), java.time.Clock.systemUTC());
        }
        return database;
    }

    /** The questions of {@link #database()}. */
    public QuestionLog questions() {
        return new QuestionLog(database());
    }

    /** The answer threads of {@link #database()}. */
    public AnswerThreads threads() {
        return new AnswerThreads(database());
    }
}
