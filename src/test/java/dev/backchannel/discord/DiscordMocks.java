package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationOwners;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** Mockito stand-ins for the public JDA interfaces a slash command or a button touches. */
public final class DiscordMocks {

    public final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    public final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    public final ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
    public final InteractionHook hook = mock(InteractionHook.class);

    @SuppressWarnings("unchecked")
    public final WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit =
            mock(WebhookMessageEditAction.class, RETURNS_SELF);

    public final Guild guild = mock(Guild.class);

    public DiscordMocks(String command, DiscordLocale locale) {
        when(guild.getId()).thenReturn("100");
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn("200");
        User user = mock(User.class);
        when(user.getId()).thenReturn("300");
        when(event.getName()).thenReturn(command);
        when(event.getId()).thenReturn("400");
        when(event.getUserLocale()).thenReturn(locale);
        when(event.getGuild()).thenReturn(guild);
        when(event.getChannel()).thenReturn(channel);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getUser()).thenReturn(user);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        when(event.deferReply(anyBoolean())).thenReturn(defer);
        when(event.getHook()).thenReturn(hook);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        IntegrationOwners owners = serverInstall();
        when(event.getIntegrationOwners()).thenReturn(owners);
        option("private", false);
    }

    /** The owners of an interaction in a server that installed the bot. */
    private static IntegrationOwners serverInstall() {
        IntegrationOwners owners = mock(IntegrationOwners.class);
        when(owners.isGuildIntegration()).thenReturn(true);
        return owners;
    }

    public DiscordMocks option(String name, String value) {
        when(event.getOption(eq(name), eq(""), any())).thenReturn(value);
        return this;
    }

    public DiscordMocks option(String name, boolean value) {
        when(event.getOption(eq(name), anyBoolean(), any())).thenReturn(value);
        return this;
    }

    /** A click on the button {@code customId}; the event replies and edits into mocks. */
    public static ButtonInteractionEvent click(String customId, DiscordLocale locale) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        when(event.getUserLocale()).thenReturn(locale);
        User user = mock(User.class);
        when(user.getId()).thenReturn("300");
        when(event.getUser()).thenReturn(user);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        when(event.editMessage(any(MessageEditData.class)))
                .thenReturn(mock(MessageEditCallbackAction.class, RETURNS_SELF));
        // A click in a server that installed the bot, unless a test says otherwise.
        Guild server = mock(Guild.class);
        when(server.getId()).thenReturn("100");
        when(event.getGuild()).thenReturn(server);
        IntegrationOwners owners = serverInstall();
        when(event.getIntegrationOwners()).thenReturn(owners);
        return event;
    }

    /** Sends {@code event} to {@code handler}, the owner of its button, with the id as the router reads it. */
    public static void send(ButtonHandler handler, ButtonInteractionEvent event) {
        ButtonId id = ButtonId.parse(event.getComponentId());
        assertThat(id.owner()).isEqualTo(handler.owner());
        handler.click(event, id);
    }

    /** The private reply a click got. */
    public static MessageCreateData privateReply(ButtonInteractionEvent event) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(captor.capture());
        verify(event.reply(captor.getValue())).setEphemeral(true);
        return captor.getValue();
    }

    public static DiscordConfig config(int userPerMinute, List<String> channels) {
        return new DiscordConfig("", true, List.of(), channels, userPerMinute, 100, "", "", "");
    }

    /** A server whose admins changed nothing. */
    public static final GuildSettings UNSET = guild -> ServerSettings.DEFAULTS;

    public static Gate gate(DiscordConfig config) {
        return gate(config, UNSET);
    }

    public static Gate gate(DiscordConfig config, GuildSettings settings) {
        return new Gate(config, new LocalRateLimiter(Clock.systemUTC()), settings, new dev.backchannel.ops.Metrics());
    }
}
