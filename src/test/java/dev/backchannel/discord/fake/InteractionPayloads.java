package dev.backchannel.discord.fake;

import static dev.backchannel.discord.fake.Json.id;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * INTERACTION_CREATE data for slash commands and button clicks in a guild or, from a user's own
 * install, in the bot's DM or a group DM; and for modals submitted in the bot's DM.
 */
final class InteractionPayloads {

    static final int TYPE_APPLICATION_COMMAND = 2;
    static final int TYPE_MESSAGE_COMPONENT = 3;
    static final int TYPE_MODAL_SUBMIT = 5;
    private static final int COMPONENT_TYPE_TEXT_INPUT = 4;
    private static final int COMPONENT_TYPE_LABEL = 18;
    private static final int COMPONENT_TYPE_STRING_SELECT = 3;
    private static final int COMMAND_TYPE_CHAT_INPUT = 1;
    private static final int COMMAND_TYPE_MESSAGE = 3;
    private static final int OPTION_TYPE_SUBCOMMAND = 1;
    private static final int OPTION_TYPE_CHANNEL = 7;
    private static final int OPTION_TYPE_ROLE = 8;
    private static final int COMPONENT_TYPE_BUTTON = 2;
    private static final int CONTEXT_GUILD = 0;
    private static final String OWNER_GUILD_INSTALL = "0";
    private static final String OWNER_USER_INSTALL = "1";
    private static final int CHANNEL_DM = 1;
    private static final int CHANNEL_GROUP_DM = 3;

    private InteractionPayloads() {}

    static ObjectNode slashCommand(FakeState state, SlashCommand command, long id, String token) {
        ObjectNode json = command.place() == SlashCommand.Place.GUILD
                ? common(
                        state,
                        TYPE_APPLICATION_COMMAND,
                        id,
                        token,
                        command.guildId(),
                        command.channelId(),
                        command.user(),
                        command.locale())
                : outsideGuild(
                        state,
                        TYPE_APPLICATION_COMMAND,
                        id,
                        token,
                        command.channelId(),
                        command.user(),
                        command.locale(),
                        command.place() == SlashCommand.Place.GROUP_DM);
        ObjectNode data = json.putObject("data");
        data.put("id", id(state.commandId(command.name())));
        data.put("name", command.name());
        data.put("type", COMMAND_TYPE_CHAT_INPUT);
        ArrayNode options = data.putArray("options");
        if (command.subcommand() != null) {
            ObjectNode subcommand = options.addObject();
            subcommand.put("name", command.subcommand());
            subcommand.put("type", OPTION_TYPE_SUBCOMMAND);
            options = subcommand.putArray("options");
        }
        for (SlashCommand.Option option : command.options()) {
            ObjectNode optionJson = options.addObject();
            optionJson.put("name", option.name());
            optionJson.put("type", option.type());
            if (option.value() instanceof SlashCommand.PublishedAttachment attachment) {
                optionJson.put("value", id(attachment.id()));
                resolved(data, "attachments").set(id(attachment.id()), attachmentJson(attachment));
                continue;
            }
            optionJson.set("value", Json.MAPPER.valueToTree(option.value()));
            resolve(state, command.guildId(), option, data);
        }
        return json;
    }

    private static ObjectNode attachmentJson(SlashCommand.PublishedAttachment attachment) {
        ObjectNode json = Json.object();
        json.put("id", id(attachment.id()));
        json.put("filename", attachment.fileName());
        json.put("size", attachment.size());
        json.put("url", attachment.url());
        json.put("proxy_url", attachment.url());
        json.put("content_type", "text/markdown; charset=utf-8");
        json.put("ephemeral", true);
        return json;
    }

    /** Channels and roles named by options travel in {@code data.resolved}, keyed by id. */
    private static void resolve(FakeState state, long guildId, SlashCommand.Option option, ObjectNode data) {
        if (option.type() != OPTION_TYPE_CHANNEL && option.type() != OPTION_TYPE_ROLE) {
            return;
        }
        long id = Long.parseUnsignedLong(String.valueOf(option.value()));
        if (option.type() == OPTION_TYPE_CHANNEL) {
            ObjectNode channel =
                    state.channelJson(id).orElseThrow(() -> new IllegalArgumentException("No channel " + id));
            resolved(data, "channels").set(id(id), channel);
        } else {
            GuildFixture guild = state.guild(guildId).orElseThrow();
            GuildFixture.Role role = guild.roles().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No role " + id));
            resolved(data, "roles").set(id(id), Payloads.role(role.id(), role.name(), 1, role.permissions(), false));
        }
    }

    private static ObjectNode resolved(ObjectNode data, String kind) {
        ObjectNode resolved = data.has("resolved") ? (ObjectNode) data.get("resolved") : data.putObject("resolved");
        return resolved.has(kind) ? (ObjectNode) resolved.get(kind) : resolved.putObject(kind);
    }

    /** A button click; {@code message} is the full message object the button is on. */
    static ObjectNode buttonClick(FakeState state, ButtonClick click, long id, String token, ObjectNode message) {
        ObjectNode json = click.guildId() == 0
                ? outsideGuild(
                        state,
                        TYPE_MESSAGE_COMPONENT,
                        id,
                        token,
                        click.channelId(),
                        click.user(),
                        click.locale(),
                        false)
                : common(
                        state,
                        TYPE_MESSAGE_COMPONENT,
                        id,
                        token,
                        click.guildId(),
                        click.channelId(),
                        click.user(),
                        click.locale());
        json.set("message", message);
        ObjectNode data = json.putObject("data");
        data.put("custom_id", click.customId());
        data.put("component_type", COMPONENT_TYPE_BUTTON);
        return json;
    }

    /**
     * An interaction from a student's own install, in the bot's DM or a group DM: no guild and no
     * member, the user and the channel inline, and the user as the authorizing owner.
     */
    private static ObjectNode outsideGuild(
            FakeState state,
            int type,
            long id,
            String token,
            long channelId,
            FakeUser user,
            String locale,
            boolean groupDm) {
        ObjectNode json = envelope(state, type, id, token, channelId, locale);
        json.put("context", groupDm ? 2 : 1);
        json.put("app_permissions", "0");
        json.putObject("authorizing_integration_owners").put(OWNER_USER_INSTALL, id(user.id()));
        ObjectNode channel = json.putObject("channel");
        channel.put("id", id(channelId));
        channel.put("type", groupDm ? CHANNEL_GROUP_DM : CHANNEL_DM);
        channel.putArray("recipients").add(Payloads.user(user));
        if (groupDm) {
            channel.put("name", "study buddies");
            channel.put("owner_id", id(user.id()));
        }
        json.set("user", Payloads.user(user));
        return json;
    }

    /** A command from a message's context menu, in the bot's DM: the message travels resolved. */
    static ObjectNode messageCommand(FakeState state, MessageCommandUse use, long id, String token) {
        ObjectNode json = outsideGuild(
                state, TYPE_APPLICATION_COMMAND, id, token, use.channelId(), use.user(), use.locale(), false);
        ObjectNode data = json.putObject("data");
        data.put("id", id(state.commandId(use.name())));
        data.put("name", use.name());
        data.put("type", COMMAND_TYPE_MESSAGE);
        data.put("target_id", id(use.messageId()));
        ObjectNode message = Payloads.message(
                use.messageId(), use.channelId(), use.author(), Json.object().put("content", use.content()));
        data.putObject("resolved").putObject("messages").set(id(use.messageId()), message);
        return json;
    }

    /**
     * A modal submitted in a guild channel or the bot's DM: each text input's value and each select
     * menu's chosen values under its custom id, each component in its label.
     */
    static ObjectNode modalSubmit(FakeState state, ModalSubmit submit, long id, String token) {
        ObjectNode json = submit.guildId() == 0
                ? outsideGuild(state, TYPE_MODAL_SUBMIT, id, token, submit.channelId(), submit.user(), "en-US", false)
                : common(
                        state,
                        TYPE_MODAL_SUBMIT,
                        id,
                        token,
                        submit.guildId(),
                        submit.channelId(),
                        submit.user(),
                        "en-US");
        ObjectNode data = json.putObject("data");
        data.put("custom_id", submit.customId());
        ArrayNode components = data.putArray("components");
        int componentId = 1;
        for (var field : submit.values().entrySet()) {
            ObjectNode input = labelled(components, componentId);
            componentId += 2;
            input.put("type", COMPONENT_TYPE_TEXT_INPUT);
            input.put("custom_id", field.getKey());
            input.put("value", field.getValue());
        }
        for (var choice : submit.choices().entrySet()) {
            ObjectNode select = labelled(components, componentId);
            componentId += 2;
            select.put("type", COMPONENT_TYPE_STRING_SELECT);
            select.put("custom_id", choice.getKey());
            choice.getValue().forEach(select.putArray("values")::add);
        }
        return json;
    }

    /** A label with id {@code labelId} holding a component with the next id, which is returned. */
    private static ObjectNode labelled(ArrayNode components, int labelId) {
        ObjectNode label = components.addObject();
        label.put("type", COMPONENT_TYPE_LABEL);
        label.put("id", labelId);
        ObjectNode component = label.putObject("component");
        component.put("id", labelId + 1);
        return component;
    }

    /** The fields every guild interaction carries; without any of them JDA drops the event. */
    private static ObjectNode common(
            FakeState state,
            int type,
            long id,
            String token,
            long guildId,
            long channelId,
            FakeUser user,
            String locale) {
        GuildFixture guild =
                state.guild(guildId).orElseThrow(() -> new IllegalArgumentException("No guild fixture " + guildId));
        ObjectNode channel =
                state.channelJson(channelId).orElseThrow(() -> new IllegalArgumentException("No channel " + channelId));
        List<Long> roleIds =
                guild.member(user.id()).map(GuildFixture.Member::roleIds).orElse(List.of());

        ObjectNode json = envelope(state, type, id, token, channelId, locale);
        json.put("guild_id", id(guildId));
        json.put("guild_locale", guild.locale());
        json.put("context", CONTEXT_GUILD);
        json.put("app_permissions", Long.toString(guild.botPermissions() | guild.everyonePermissions()));
        json.putObject("authorizing_integration_owners").put(OWNER_GUILD_INSTALL, id(guildId));
        ObjectNode guildJson = json.putObject("guild");
        guildJson.put("id", id(guildId));
        guildJson.put("locale", guild.locale());
        guildJson.putArray("features");
        json.set("channel", channel);
        json.set("member", Payloads.member(user, roleIds, guild.permissionsOf(user.id())));
        return json;
    }

    /** What every interaction carries, wherever it comes from. */
    private static ObjectNode envelope(
            FakeState state, int type, long id, String token, long channelId, String locale) {
        ObjectNode json = Json.object();
        json.put("id", id(id));
        json.put("application_id", id(state.applicationId()));
        json.put("type", type);
        json.put("token", token);
        json.put("version", 1);
        json.put("channel_id", id(channelId));
        json.put("locale", locale);
        json.put("attachment_size_limit", 10 * 1024 * 1024);
        json.putArray("entitlements");
        return json;
    }
}
