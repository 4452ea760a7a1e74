package dev.backchannel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The pipeline opened once per test class over a knowledge folder (the fixture unless told
 * otherwise), BM25 only, with its index in a temporary folder: {@code @RegisterExtension static
 * final FixtureApp app = new FixtureApp();}.
 */
public final class FixtureApp implements BeforeAllCallback, AfterAllCallback {

  private final Path knowledge;
  private Backchannel app;
  private Path temp;

  public FixtureApp() {
    this(Fixtures.fixtureKnowledge());
  }

  public FixtureApp(Path knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    temp = Files.createTempDirectory("backchannel-test");
    app = Fixtures.open(knowledge, temp);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    app.close();
    try (var files = Files.walk(temp)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Backchannel get() {
    return app;
  }
}
