package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Discord's OpenAPI description of its HTTP API v10, as vendored in {@code
 * src/test/resources/discord-api-spec} (its README says which version and how to update it): the
 * paths, their operations and each operation's JSON request schema, ready to validate. It is read
 * once per JVM, as it is 1.2 MB and every fake Discord checks against it.
 */
final class DiscordApiSpec {

    static final String RESOURCE = "discord-api-spec/openapi.json";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head", "options");

    /**
     * OpenAPI 3.1's schema dialect, told that two kinds of names are not schema keywords: the
     * document's own top-level fields, which the validator meets because the whole document is its
     * schema resource (so that {@code #/components/schemas/...} references resolve), and Discord's
     * {@code x-discord-union}, a note that an {@code anyOf} means one of them.
     */
    private static final Dialect OPENAPI_DOCUMENT = Dialect.builder(Dialects.getOpenApi31())
            .keywords(List.of(
                    new NonValidationKeyword("openapi"),
                    new NonValidationKeyword("info"),
                    new NonValidationKeyword("externalDocs"),
                    new NonValidationKeyword("servers"),
                    new NonValidationKeyword("paths"),
                    new NonValidationKeyword("components"),
                    new NonValidationKeyword("x-discord-union")))
            .build();

    /** Most literal segments first, so that {@code /users/@me} wins over {@code /users/{user_id}}. */
    private final List<SpecPath> paths;

    private DiscordApiSpec(List<SpecPath> paths) {
        this.paths = paths.stream()
                .sorted(Comparator.comparingLong(SpecPath::literalSegments).reversed())
                .toList();
    }

    /** The vendored spec, read on first use. */
    static DiscordApiSpec vendored() {
        return Vendored.SPEC;
    }

    /** The spec's path that a concrete path below {@code /api/v10} is an instance of. */
    Optional<SpecPath> path(String concretePath) {
        return paths.stream().filter(path -> path.matches(concretePath)).findFirst();
    }

    /**
     * One path of the spec, e.g. {@code /channels/{channel_id}/messages}, with its operations by
     * upper-case method.
     */
    record SpecPath(String template, Map<String, SpecOperation> operations) {

        SpecPath {
            operations = Map.copyOf(operations);
        }

        boolean matches(String concretePath) {
            String[] expected = template.split("/", -1);
            String[] actual = concretePath.split("/", -1);
            if (expected.length != actual.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                boolean parameter = isParameter(expected[i]) && !actual[i].isEmpty();
                if (!parameter && !expected[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }

        Optional<SpecOperation> operation(String method) {
            return Optional.ofNullable(operations.get(method.toUpperCase(Locale.ROOT)));
        }

        private long literalSegments() {
            return List.of(template.split("/")).stream()
                    .filter(segment -> !isParameter(segment))
                    .count();
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    /**
     * One operation: the JSON schema its request body must meet, if it takes a JSON body, and
     * whether a body is required.
     */
    record SpecOperation(String pathTemplate, Optional<Schema> requestSchema, boolean bodyRequired) {}

    private static final class Vendored {
        static final DiscordApiSpec SPEC = load();

        private static DiscordApiSpec load() {
            JsonNode document = readDocument();
            Schema root = SchemaRegistry.withDialect(OPENAPI_DOCUMENT)
                    .getSchema(SchemaLocation.of("classpath:" + RESOURCE), document);
            List<SpecPath> paths = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                Map<String, SpecOperation> operations = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (METHODS.contains(operation.getKey())) {
                        String method = operation.getKey().toUpperCase(Locale.ROOT);
                        operations.put(
                                method, operation(root, path.getKey(), operation.getKey(), operation.getValue()));
                    }
                }
                paths.add(new SpecPath(path.getKey(), operations));
            }
            return new DiscordApiSpec(paths);
        }

        /**
         * Only the {@code application/json} schema: a multipart request carries the same JSON in its
         * {@code payload_json} part. (The three operations that take nothing but files, none of them
         * the bot's, have no JSON schema, so their bodies go unchecked.) Each schema is built and its
         * references resolved here, once, rather than on the fake's request threads.
         */
        private static SpecOperation operation(Schema root, String template, String method, JsonNode operation) {
            JsonNode requestBody = operation.path("requestBody");
            Optional<Schema> schema = Optional.empty();
            if (requestBody.path("content").has("application/json")) {
                Schema body = root.getSubSchema(new NodePath(PathType.JSON_POINTER)
                        .append("paths")
                        .append(template)
                        .append(method)
                        .append("requestBody")
                        .append("content")
                        .append("application/json")
                        .append("schema"));
                body.initializeValidators();
                schema = Optional.of(body);
            }
            return new SpecOperation(
                    template, schema, requestBody.path("required").asBoolean(false));
        }

        private static JsonNode readDocument() {
            try (InputStream in = DiscordApiSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("No " + RESOURCE + " on the test class path");
                }
                return Json.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
        }
    }
}
