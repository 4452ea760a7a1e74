package dev.backchannel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderTest {

  @TempDir Path home;

  @Test
  @DisplayName("without a file the defaults apply, with paths under the project home")
  void defaults() {
    BackchannelConfig config = new ConfigLoader(Map.of(), home).load(home.resolve("missing.yaml"));

    assertThat(config.knowledge().dir()).isEqualTo(home.resolve("knowledge"));
    assertThat(config.index().dir()).isEqualTo(home.resolve("data/index"));
    assertThat(config.retrieval().topK()).isEqualTo(8);
    assertThat(config.answer().maxChars()).isEqualTo(700);
    assertThat(config.knowledge().watch()).isTrue();
    assertThat(config.knowledge().reloadDebounce()).isEqualTo(1000);
  }

  @Test
  @DisplayName("the file overrides some keys, the environment overrides the file")
  void overrides() throws Exception {
    Path file = Files.writeString(home.resolve("c.yaml"), "retrieval:\n  top-k: 5\nindex:\n  dir: /tmp/elsewhere\n");

    BackchannelConfig config = new ConfigLoader(Map.of("BACKCHANNEL_INDEX_DIR", "idx"), home).load(file);

    assertThat(config.retrieval().topK()).isEqualTo(5);
    assertThat(config.retrieval().minCoverage()).isEqualTo(0.5);
    assertThat(config.index().dir()).isEqualTo(home.resolve("idx"));
  }

  @Test
  @DisplayName("an unknown key or a value out of range stops start-up with a message naming it")
  void failsFast() throws Exception {
    Path typo = Files.writeString(home.resolve("typo.yaml"), "retrieval:\n  topk: 5\n");
    Path range = Files.writeString(home.resolve("range.yaml"), "retrieval:\n  top-k: 0\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(typo))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("retrieval.topk");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(range))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("top-k must be between 1 and 50");
  }

  @Test
  @DisplayName("a reload debounce that is not a positive number of milliseconds stops start-up")
  void debounceFailsFast() throws Exception {
    Path zero = Files.writeString(home.resolve("zero.yaml"), "knowledge:\n  reload-debounce: 0\n");
    Path word = Files.writeString(home.resolve("word.yaml"), "knowledge:\n  reload-debounce: soon\n");

    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(zero))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("knowledge.reload-debounce must be a positive number of milliseconds");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(word)).isInstanceOf(ConfigException.class);
  }

  @Test
  @DisplayName("the committed config file is valid")
  void committedConfig() {
    BackchannelConfig config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load(Path.of("config/backchannel.yaml"));

    assertThat(config.retrieval().topK()).isPositive();
  }
}
