package dev.backchannel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ConfigLoaderTest {

    @TempDir
    Path home;

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
        Path file =
                Files.writeString(home.resolve("c.yaml"), "retrieval:\n  top-k: 5\nindex:\n  dir: /tmp/elsewhere\n");

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

    @ParameterizedTest(name = "{0}")
    @DisplayName("a secret set in the config file stops start-up and names its environment variable")
    @CsvSource({
        "'llm:\n  api-key: \"sk-x\"\n', llm.api-key, BACKCHANNEL_LLM_API_KEY",
        "'embedding:\n  api-key: key\n', embedding.api-key, BACKCHANNEL_EMBEDDING_API_KEY",
        "'store:\n  password: hunter2\n', store.password, BACKCHANNEL_DB_PASSWORD"
    })
    void secretsOnlyFromTheEnvironment(String yaml, String key, String variable) throws Exception {
        Path file = Files.writeString(home.resolve("secret.yaml"), yaml.translateEscapes());

        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(variable)
                .hasMessageNotContaining("sk-x")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    @DisplayName("an empty secret in the file is accepted and the environment's value is used")
    void emptySecretInFile() throws Exception {
        Path file = Files.writeString(home.resolve("empty.yaml"), "llm:\n  api-key: \"\"\n".translateEscapes());

        BackchannelConfig config = new ConfigLoader(Map.of("BACKCHANNEL_LLM_API_KEY", "from-env"), home).load(file);

        assertThat(config.llm().apiKey()).isEqualTo("from-env");
    }

    @Test
    @DisplayName("the operations endpoint is off and logs are text unless configured")
    void opsAndLoggingDefaults() {
        BackchannelConfig config = new ConfigLoader(Map.of(), home).load(home.resolve("missing.yaml"));

        assertThat(config.ops()).isEqualTo(new OpsConfig(0, "127.0.0.1", 8, 10));
        assertThat(config.ops().enabled()).isFalse();
        assertThat(config.logging().json()).isFalse();
    }

    @Test
    @DisplayName("ops and logging keys are read from the file and the environment")
    void opsAndLoggingKeys() throws Exception {
        Path file = Files.writeString(
                home.resolve("ops.yaml"), "ops:\n  port: 9464\n  host: 0.0.0.0\nlogging:\n  format: json\n");

        BackchannelConfig fromFile = new ConfigLoader(Map.of(), home).load(file);
        BackchannelConfig fromEnvironment = new ConfigLoader(
                        Map.of("BACKCHANNEL_OPS_PORT", "9100", "BACKCHANNEL_LOG_FORMAT", "text"), home)
                .load(file);

        assertThat(fromFile.ops()).isEqualTo(new OpsConfig(9464, "0.0.0.0", 8, 10));
        assertThat(fromFile.ops().enabled()).isTrue();
        assertThat(fromFile.logging().json()).isTrue();
        assertThat(fromEnvironment.ops().port()).isEqualTo(9100);
        assertThat(fromEnvironment.logging().json()).isFalse();
    }

    @Test
    @DisplayName("a port out of range, a port that is not a number or an unknown log format stops start-up")
    void badOpsAndLoggingValues() throws Exception {
        Path range = Files.writeString(home.resolve("range.yaml"), "ops:\n  port: 70000\n");
        Path word = Files.writeString(home.resolve("word.yaml"), "ops:\n  port: http\n");
        Path format = Files.writeString(home.resolve("format.yaml"), "logging:\n  format: xml\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(range))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ops.port must be between 0 (off) and 65535, was 70000");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(word))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid configuration")
                .hasMessageContaining("http");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("BACKCHANNEL_OPS_PORT", "-1"), home).load(null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ops.port must be between 0 (off) and 65535, was -1");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(format))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("logging.format must be text or json, was xml");
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
    @DisplayName("questions are kept 365 days unless configured; 0 keeps them forever; a negative "
            + "number of days stops start-up")
    void retentionDays() throws Exception {
        Path forever = Files.writeString(home.resolve("forever.yaml"), "store:\n  retention-days: 0\n");
        Path negative = Files.writeString(home.resolve("negative.yaml"), "store:\n  retention-days: -30\n");

        assertThat(new ConfigLoader(Map.of(), home)
                        .load(home.resolve("missing.yaml"))
                        .store()
                        .retentionDays())
                .isEqualTo(365);
        assertThat(new ConfigLoader(Map.of(), home).load(forever).store().retentionDays())
                .isZero();
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(negative))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.retention-days must be between 0 (keep forever) and 36500, was -30");
    }

    @Test
    @DisplayName("the committed config file is valid")
    void committedConfig() {
        BackchannelConfig config =
                new ConfigLoader(Map.of(), Path.of("").toAbsolutePath()).load(Path.of("config/backchannel.yaml"));

        assertThat(config.retrieval().topK()).isPositive();
    }
}
