package dev.backchannel.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** Mockito stand-ins for the public JDA interfaces a slash command touches. */
final class DiscordMocks {

  final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
  final ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
  final ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
  final InteractionHook hook = mock(InteractionHook.class);
  @SuppressWarnings("unchecked")
  final WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
  final Guild guild = mock(Guild.class);

  DiscordMocks(String command, DiscordLocale locale) {
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
    option("private", false);
  }

  DiscordMocks option(String name, String value) {
    when(event.getOption(eq(name), eq(""), any())).thenReturn(value);
    return this;
  }

  DiscordMocks option(String name, boolean value) {
    when(event.getOption(eq(name), anyBoolean(), any())).thenReturn(value);
    return this;
  }

  static DiscordConfig config(int userPerMinute, List<String> channels) {
    return new DiscordConfig("", true, List.of(), channels, userPerMinute, 100, "", "", "");
  }

  /** A server whose admins changed nothing. */
  static final GuildSettings UNSET = guild -> ServerSettings.DEFAULTS;

  static Gate gate(DiscordConfig config) {
    return gate(config, UNSET);
  }

  static Gate gate(DiscordConfig config, GuildSettings settings) {
    return new Gate(config, new LocalRateLimiter(Clock.systemUTC()), settings, new dev.backchannel.ops.Metrics());
  }
}
