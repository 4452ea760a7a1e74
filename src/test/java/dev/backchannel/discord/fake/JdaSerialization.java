package dev.backchannel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.discord.fake.DiscordApiSpec.SpecOperation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JDA 6.5.0's own serialization choices that Discord's API takes but its API description does not
 * allow, named here one by one as the only differences the fake Discord lets pass:
 *
 * <ol>
 *   <li>a command's {@code contexts} and {@code integration_types} items and its {@code
 *       default_member_permissions}, written as strings of digits where the description has
 *       integers;
 *   <li>an uploaded file's {@code attachments[].id}, written as the number of its index where the
 *       description has a snowflake string.
 * </ol>
 *
 * <p>Each is put into the described form on a copy of the body before it is validated; the
 * recorded request keeps what JDA sent. Any other difference, or these fields holding anything
 * else, still fails.
 */
final class JdaSerialization {

    /** Where JDA registers and edits application commands, globally and in a guild. */
    private static final Set<String> COMMAND_PATHS = Set.of(
            "/applications/{application_id}/commands",
            "/applications/{application_id}/commands/{command_id}",
            "/applications/{application_id}/guilds/{guild_id}/commands",
            "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}");

    private static final String CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback";

    /** Where JDA sends a message that can carry files, other than the interaction callback. */
    private static final Set<String> MESSAGE_PATHS = Set.of(
            "/channels/{channel_id}/messages",
            "/channels/{channel_id}/messages/{message_id}",
            "/webhooks/{webhook_id}/{webhook_token}",
            "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
            "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}");

    private static final Pattern UNSIGNED_INTEGER = Pattern.compile("[0-9]{1,18}");

    /** A copy of the body with JDA's choices, where the operation has them, in the described form. */
    JsonNode asDescribed(SpecOperation operation, JsonNode body) {
        JsonNode copy = body.deepCopy();
        String path = operation.pathTemplate();
        if (COMMAND_PATHS.contains(path)) {
            for (JsonNode command : copy.isArray() ? copy : List.of(copy)) {
                if (command instanceof ObjectNode fields) {
                    integerStringsAsIntegers(fields);
                }
            }
        }
        if (path.equals(CALLBACK) && copy.get("data") instanceof ObjectNode message) {
            attachmentIndicesAsIds(message);
        }
        if (MESSAGE_PATHS.contains(path) && copy instanceof ObjectNode message) {
            attachmentIndicesAsIds(message);
        }
        return copy;
    }

    /**
     * A command's {@code contexts} and {@code integration_types} (arrays of enum values) and its
     * {@code default_member_permissions} (a permission bit set): JDA writes each number as a string,
     * the description types them as integers, and Discord's API reads a string that holds an integer
     * as that integer (the description's own README says so, of fields that Discord's documentation
     * types as strings, as it does the bit set).
     */
    private static void integerStringsAsIntegers(ObjectNode command) {
        for (String enumArray : List.of("contexts", "integration_types")) {
            if (command.get(enumArray) instanceof ArrayNode values) {
                for (int i = 0; i < values.size(); i++) {
                    values.set(i, asInteger(values.get(i)));
                }
            }
        }
        if (command.has("default_member_permissions")) {
            command.set("default_member_permissions", asInteger(command.get("default_member_permissions")));
        }
    }

    /**
     * JDA numbers the files of a request from 0 and gives each attachment its index as a JSON number,
     * as Discord's documentation of file uploads does in its examples.
     */
    private static void attachmentIndicesAsIds(ObjectNode message) {
        if (message.get("attachments") instanceof ArrayNode attachments) {
            for (JsonNode attachment : attachments) {
                JsonNode id = attachment.path("id");
                if (attachment instanceof ObjectNode fields && isIndex(id, attachments.size())) {
                    fields.put("id", id.asText());
                }
            }
        }
    }

    private static boolean isIndex(JsonNode id, int files) {
        return id.isIntegralNumber() && id.canConvertToInt() && id.intValue() >= 0 && id.intValue() < files;
    }

    /** The integer a string holds; anything else as it is, for the validator to judge. */
    private static JsonNode asInteger(JsonNode value) {
        return value.isTextual() && UNSIGNED_INTEGER.matcher(value.asText()).matches()
                ? LongNode.valueOf(Long.parseLong(value.asText()))
                : value;
    }
}
