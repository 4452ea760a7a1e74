package dev.backchannel.discord.fake;

import static dev.backchannel.discord.fake.Json.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Discord's objects as JSON, with every field JDA 6.5.0 requires (a missing one makes JDA drop the
 * whole event). Field lists follow Discord's API reference; null fields are left out.
 */
final class Payloads {

    static final int MESSAGE_TYPE_DEFAULT = 0;
    static final int MESSAGE_TYPE_REPLY = 19;

    /** Message flag set on a deferred interaction response until it is edited. */
    static final int FLAG_LOADING = 128;

    /** The fields of a message that a create or edit request may set and the fake echoes back. */
    private static final List<String> EDITABLE_FIELDS =
            List.of("content", "embeds", "components", "flags", "tts", "poll");

    private Payloads() {}

    static ObjectNode user(FakeUser user) {
        ObjectNode json = Json.object();
        json.put("id", id(user.id()));
        json.put("username", user.username());
        json.put("discriminator", "0");
        json.put("bot", user.bot());
        json.put("public_flags", 0);
        return json;
    }

    /** The bot's own user, as {@code GET /users/@me} and READY return it. */
    static ObjectNode selfUser(FakeUser bot) {
        ObjectNode json = user(bot);
        json.put("verified", true);
        json.put("mfa_enabled", false);
        json.put("flags", 0);
        return json;
    }

    static ObjectNode role(long roleId, String name, int position, long permissions, boolean managed) {
        ObjectNode json = Json.object();
        json.put("id", id(roleId));
        json.put("name", name);
        json.put("position", position);
        json.put("permissions", Long.toString(permissions));
        json.put("managed", managed);
        json.put("hoist", false);
        json.put("mentionable", false);
        json.put("color", 0);
        json.putObject("colors").put("primary_color", 0);
        json.put("flags", 0);
        return json;
    }

    static ObjectNode member(FakeUser user, List<Long> roleIds, long permissions) {
        ObjectNode json = Json.object();
        json.set("user", user(user));
        ArrayNode roles = json.putArray("roles");
        roleIds.forEach(roleId -> roles.add(id(roleId)));
        json.put("joined_at", Json.now());
        json.put("deaf", false);
        json.put("mute", false);
        json.put("flags", 0);
        json.put("pending", false);
        json.put("permissions", Long.toString(permissions));
        return json;
    }

    /** A fixture channel; {@code permissions} is what the interaction payload's channel carries. */
    static ObjectNode channel(GuildFixture.Channel channel, GuildFixture guild, FakeUser bot) {
        if (channel.isThread()) {
            return thread(channel.id(), channel.type(), channel.name(), channel.parentId(), guild.id(), bot, false);
        }
        ObjectNode json = Json.object();
        json.put("id", id(channel.id()));
        json.put("type", channel.type());
        json.put("guild_id", id(guild.id()));
        json.put("name", channel.name());
        json.put("position", guild.channels().indexOf(channel));
        json.put("nsfw", false);
        json.put("rate_limit_per_user", 0);
        json.putArray("permission_overwrites");
        json.put("permissions", Long.toString(guild.everyonePermissions()));
        if (channel.type() == GuildFixture.Channel.FORUM) {
            json.put("flags", 0);
            json.put("default_thread_rate_limit_per_user", 0);
            ArrayNode tags = json.putArray("available_tags");
            for (GuildFixture.Tag tag : channel.tags()) {
                tags.addObject()
                        .put("id", id(tag.id()))
                        .put("name", tag.name())
                        .put("moderated", false)
                        .putNull("emoji_id")
                        .putNull("emoji_name");
            }
        }
        return json;
    }

    /**
     * A thread channel. {@code botJoined} adds the thread member object Discord returns to the bot
     * that created the thread.
     */
    static ObjectNode thread(
            long threadId, int type, String name, long parentId, long guildId, FakeUser owner, boolean botJoined) {
        ObjectNode json = Json.object();
        json.put("id", id(threadId));
        json.put("type", type);
        json.put("guild_id", id(guildId));
        json.put("parent_id", id(parentId));
        json.put("name", name);
        json.put("owner_id", id(owner.id()));
        json.put("member_count", 1);
        json.put("message_count", 0);
        json.put("total_message_count", 0);
        json.put("rate_limit_per_user", 0);
        json.put("flags", 0);
        ObjectNode metadata = json.putObject("thread_metadata");
        metadata.put("archived", false);
        metadata.put("locked", false);
        metadata.put("invitable", true);
        metadata.put("auto_archive_duration", 1440);
        metadata.put("archive_timestamp", Json.now());
        metadata.put("create_timestamp", Json.now());
        if (botJoined) {
            ObjectNode member = json.putObject("member");
            member.put("id", id(threadId));
            member.put("user_id", id(owner.id()));
            member.put("join_timestamp", Json.now());
            member.put("flags", 0);
        }
        return json;
    }

    /** GUILD_CREATE's data: the guild with its roles, channels, threads and members. */
    static ObjectNode guildCreate(GuildFixture guild, FakeUser bot) {
        ObjectNode json = Json.object();
        json.put("id", id(guild.id()));
        json.put("name", guild.name());
        json.put("owner_id", id(owner(guild, bot)));
        json.put("preferred_locale", guild.locale());
        json.put("joined_at", Json.now());
        json.put("large", false);
        json.put("unavailable", false);
        json.put("member_count", guild.members().size() + 1);
        json.put("afk_timeout", 300); // JDA rejects 0: only 60, 300, 900, 1800 and 3600 are valid
        json.put("verification_level", 0);
        json.put("default_message_notifications", 0);
        json.put("explicit_content_filter", 0);
        json.put("mfa_level", 0);
        json.put("nsfw_level", 0);
        json.put("premium_tier", 0);
        json.put("system_channel_flags", 0);
        json.putArray("features");

        ArrayNode roles = json.putArray("roles");
        roles.add(role(guild.id(), "@everyone", 0, guild.everyonePermissions(), false));
        for (GuildFixture.Role role : guild.roles()) {
            roles.add(role(role.id(), role.name(), roles.size(), role.permissions(), false));
        }
        roles.add(role(guild.botRoleId(), bot.username(), roles.size(), guild.botPermissions(), true));

        ArrayNode channels = json.putArray("channels");
        ArrayNode threads = json.putArray("threads");
        for (GuildFixture.Channel channel : guild.channels()) {
            (channel.isThread() ? threads : channels).add(channel(channel, guild, bot));
        }

        ArrayNode members = json.putArray("members");
        for (GuildFixture.Member member : guild.members()) {
            members.add(member(
                    member.user(),
                    member.roleIds(),
                    guild.permissionsOf(member.user().id())));
        }
        members.add(member(bot, List.of(guild.botRoleId()), guild.botPermissions()));

        for (String empty : List.of(
                "voice_states",
                "presences",
                "emojis",
                "stickers",
                "guild_scheduled_events",
                "stage_instances",
                "soundboard_sounds")) {
            json.putArray(empty);
        }
        return json;
    }

    private static long owner(GuildFixture guild, FakeUser bot) {
        return guild.members().stream()
                .map(GuildFixture.Member::user)
                .filter(user -> !user.bot())
                .findFirst()
                .orElse(bot)
                .id();
    }

    /** READY's data; every guild is unavailable until its GUILD_CREATE follows. */
    static ObjectNode ready(
            String sessionId,
            String resumeUrl,
            FakeUser bot,
            long applicationId,
            List<GuildFixture> guilds,
            int shard,
            int shardTotal) {
        ObjectNode json = Json.object();
        json.put("v", 10);
        json.put("session_id", sessionId);
        json.put("resume_gateway_url", resumeUrl);
        json.set("user", selfUser(bot));
        ObjectNode application = json.putObject("application");
        application.put("id", id(applicationId));
        application.put("flags", 0);
        ArrayNode unavailable = json.putArray("guilds");
        for (GuildFixture guild : guilds) {
            unavailable.addObject().put("id", id(guild.id())).put("unavailable", true);
        }
        json.putArray("private_channels");
        json.putArray("relationships");
        json.putArray("presences");
        json.putArray("shard").add(shard).add(shardTotal);
        json.putArray("_trace").add("fake-discord");
        return json;
    }

    /** A person's message as MESSAGE_CREATE carries it in a guild: with the guild and the author's member. */
    static ObjectNode guildMessage(long messageId, long channelId, long guildId, FakeUser author, String content) {
        ObjectNode message = message(messageId, channelId, author, Json.object().put("content", content));
        message.put("guild_id", id(guildId));
        ObjectNode member = message.putObject("member");
        member.putArray("roles");
        member.put("joined_at", Json.now());
        member.put("deaf", false);
        member.put("mute", false);
        return message;
    }

    /** A full message object with the fields of a create request's body. */
    static ObjectNode message(long messageId, long channelId, FakeUser author, JsonNode request) {
        ObjectNode json = Json.object();
        json.put("id", id(messageId));
        json.put("type", request.has("message_reference") ? MESSAGE_TYPE_REPLY : MESSAGE_TYPE_DEFAULT);
        json.put("channel_id", id(channelId));
        json.set("author", user(author));
        json.put("content", "");
        json.put("timestamp", Json.now());
        json.put("tts", false);
        json.put("mention_everyone", false);
        json.putArray("mentions");
        json.putArray("mention_roles");
        json.putArray("attachments");
        json.putArray("embeds");
        json.putArray("components");
        json.put("pinned", false);
        json.put("flags", 0);
        if (request.has("message_reference")) {
            ObjectNode reference = json.putObject("message_reference");
            reference.put("type", 0);
            reference.put("channel_id", id(channelId));
            reference.set("message_id", request.path("message_reference").path("message_id"));
        }
        applyEdit(json, request);
        return json;
    }

    /** A message that an interaction webhook (the application) sent. */
    static ObjectNode webhookMessage(
            long messageId, long channelId, FakeUser bot, long applicationId, JsonNode request) {
        ObjectNode json = message(messageId, channelId, bot, request);
        json.put("webhook_id", id(applicationId));
        json.put("application_id", id(applicationId));
        return json;
    }

    /** Copies the editable fields of a request into a stored message. */
    static ObjectNode applyEdit(ObjectNode message, JsonNode request) {
        for (String field : EDITABLE_FIELDS) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull()) {
                message.set(field, value.deepCopy());
            }
        }
        // Discord returns every embed with its type; JDA refuses to parse one without it.
        for (JsonNode embed : message.path("embeds")) {
            if (embed instanceof ObjectNode object && !object.has("type")) {
                object.put("type", "rich");
            }
        }
        return message;
    }

    /** Marks a stored message as edited now and clears the "thinking" flag of a deferred reply. */
    static ObjectNode markEdited(ObjectNode message, JsonNode request) {
        applyEdit(message, request);
        message.put("flags", message.path("flags").asInt() & ~FLAG_LOADING);
        message.put("edited_timestamp", Json.now());
        return message;
    }

    /**
     * A message with one action row holding one button, for a click on a message the fake never saw.
     */
    static ObjectNode messageWithButton(long messageId, long channelId, FakeUser bot, String customId) {
        ObjectNode button = Json.object();
        button.put("type", 2);
        button.put("style", 1);
        button.put("label", customId);
        button.put("custom_id", customId);
        ObjectNode row = Json.object();
        row.put("type", 1);
        row.putArray("components").add(button);
        ObjectNode request = Json.object();
        request.putArray("components").add(row);
        return message(messageId, channelId, bot, request);
    }
}
