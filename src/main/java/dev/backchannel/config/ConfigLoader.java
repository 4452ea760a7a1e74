package dev.backchannel.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the configuration once: built-in defaults, then the YAML file when there is one, then
 * environment variables. An unknown key or a bad value stops start-up with a message naming it,
 * rather than running on a setting nobody meant. Relative paths are resolved against the
 * project home, so the launcher works from any directory.
 */
public final class ConfigLoader {

    private static final String DEFAULTS = "/backchannel-defaults.yaml";

    /** Environment variable to config path ("section.key"). */
    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("BACKCHANNEL_KNOWLEDGE_DIR", "knowledge.dir"),
            Map.entry("BACKCHANNEL_INDEX_DIR", "index.dir"),
            Map.entry("BACKCHANNEL_EMBEDDING_MODEL", "embedding.model"),
            Map.entry("BACKCHANNEL_EMBEDDING_BASE_URL", "embedding.base-url"),
            Map.entry("BACKCHANNEL_EMBEDDING_API_KEY", "embedding.api-key"),
            Map.entry("BACKCHANNEL_RETRIEVAL_MODE", "retrieval.mode"),
            Map.entry("BACKCHANNEL_DISCORD_DEV_GUILD_ID", "discord.dev-guild-id"),
            Map.entry("BACKCHANNEL_LLM_PROVIDER", "llm.provider"),
            Map.entry("BACKCHANNEL_LLM_BASE_URL", "llm.base-url"),
            Map.entry("BACKCHANNEL_LLM_MODEL", "llm.model"),
            Map.entry("BACKCHANNEL_LLM_API_KEY", "llm.api-key"),
            Map.entry("BACKCHANNEL_JDBC_URL", "store.jdbc-url"),
            Map.entry("BACKCHANNEL_DB_USER", "store.user"),
            Map.entry("BACKCHANNEL_DB_PASSWORD", "store.password"),
            Map.entry("BACKCHANNEL_OPS_PORT", "ops.port"),
            Map.entry("BACKCHANNEL_OPS_HOST", "ops.host"),
            Map.entry("BACKCHANNEL_LOG_FORMAT", "logging.format"));

    /**
     * Secrets, by config path, with the environment variable that is their only source: a config
     * file is committed, copied and shared in ways an environment is not.
     */
    private static final Map<String, String> SECRETS = Map.of(
            "llm.api-key", "BACKCHANNEL_LLM_API_KEY",
            "embedding.api-key", "BACKCHANNEL_EMBEDDING_API_KEY",
            "store.password", "BACKCHANNEL_DB_PASSWORD");

    private final ObjectMapper mapper;
    private final Map<String, String> environment;
    private final Path home;

    public ConfigLoader(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
        this.mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** Loads {@code file} over the defaults; a missing file means defaults only. */
    public BackchannelConfig load(Path file) {
        ObjectNode tree = defaults();
        if (file != null && Files.isRegularFile(file)) {
            try {
                JsonNode user = mapper.readTree(file.toFile());
                if (user != null && !user.isMissingNode() && !user.isNull()) {
                    if (!user.isObject()) {
                        throw new ConfigException(file + ": the configuration must be a YAML mapping");
                    }
                    merge(tree, (ObjectNode) user, "", file);
                }
            } catch (IOException e) {
                throw new ConfigException(file + ": cannot read configuration: " + e.getMessage());
            }
        }
        environment.forEach((name, value) -> {
            String path = ENVIRONMENT.get(name);
            if (path != null && !value.isBlank()) {
                String[] parts = path.split("\\.");
                ((ObjectNode) tree.get(parts[0])).put(parts[1], value);
            }
        });
        try {
            BackchannelConfig config = mapper.treeToValue(tree, BackchannelConfig.class);
            return new BackchannelConfig(
                    config.knowledge().in(home.resolve(config.knowledge().dir()).normalize()),
                    new IndexConfig(home.resolve(config.index().dir()).normalize()),
                    config.embedding(),
                    config.retrieval(),
                    config.answer(),
                    config.llm(),
                    new StoreConfig(
                            resolveSqlite(config.store().jdbcUrl()),
                            config.store().user(),
                            config.store().password(),
                            config.store().poolSize(),
                            config.store().retentionDays()),
                    config.discord(),
                    config.ops(),
                    config.logging());
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("invalid configuration: " + rootMessage(e));
        }
    }

    /** A SQLite file named relative to the project folder, like every other path in the config. */
    private String resolveSqlite(String jdbcUrl) {
        String prefix = "jdbc:sqlite:";
        if (!jdbcUrl.startsWith(prefix) || jdbcUrl.startsWith(prefix + ":memory:")) {
            return jdbcUrl;
        }
        return prefix + home.resolve(jdbcUrl.substring(prefix.length())).normalize();
    }

    private ObjectNode defaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the build");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode overlay, String prefix, Path file) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode current = base.get(field.getKey());
            if (current == null) {
                throw new ConfigException(file + ": unknown configuration key '" + name + "'");
            }
            if (current.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) field.getValue(), name + ".", file);
            } else if (current.isObject() || field.getValue().isObject()) {
                throw new ConfigException(file + ": '" + name + "' has the wrong shape");
            } else {
                String secret = SECRETS.get(name);
                if (secret != null
                        && !field.getValue().isNull()
                        && !field.getValue().asText().isEmpty()) {
                    throw new ConfigException(file + ": '" + name
                            + "' is a secret and is read only from the environment: remove it from the file and set "
                            + secret);
                }
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
