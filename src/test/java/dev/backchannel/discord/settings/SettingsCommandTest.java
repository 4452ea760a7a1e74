package dev.backchannel.discord.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.Database;
import dev.backchannel.store.ServerSettings;
import dev.backchannel.store.ServerSettingsCache;
import dev.backchannel.store.Setting;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** {@code /settings} over a real SQLite database, with Discord mocked: every setting, the bounds, the permission. */
final class SettingsCommandTest {

    private static final String GUILD = "100";
    private static final String ADMIN = "300";
    private static final String FORUM = "600";
    private static final String TAG = "601";
    /** The operator: 6 questions per minute per user, answers in channels 201 and 202 only. */
    private static final DiscordConfig OPERATOR =
            new DiscordConfig("", true, List.of(), List.of("201", "202", FORUM), 6, 100, "", "", "");

    @TempDir
    Path temp;

    private Database database;
    private ServerSettingsCache cache;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + temp.resolve("backchannel.db"), Clock.systemUTC());
        cache = ServerSettingsCache.open(database);
    }

    @AfterEach
    void close() {
        cache.close();
        database.close();
    }

    private SettingsCommand command(DiscordConfig operator, boolean model) {
        return new SettingsCommand(cache, new SettingsBounds(operator, model));
    }

    private SettingsCommand command() {
        return command(OPERATOR, false);
    }

    private static DiscordMocks settings(String subcommand, boolean manageServer, DiscordLocale locale) {
        DiscordMocks discord = new DiscordMocks("settings", locale);
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(discord.event.getMember()).thenReturn(member);
        when(discord.event.getSubcommandName()).thenReturn(subcommand);
        when(discord.guild.getName()).thenReturn("study group");
        return discord;
    }

    private static DiscordMocks admin(String subcommand) {
        return settings(subcommand, true, DiscordLocale.ENGLISH_US);
    }

    private static DiscordMocks channel(DiscordMocks discord, String option, String id, ChannelType type) {
        GuildChannelUnion channel = mock(GuildChannelUnion.class);
        when(channel.getId()).thenReturn(id);
        when(channel.getType()).thenReturn(type);
        when(discord.event.getOption(eq(option), isNull(), any())).thenReturn(channel);
        return discord;
    }

    private static MessageCreateData replied(DiscordMocks discord) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event).reply(captor.capture());
        verify(discord.reply).setEphemeral(true);
        assertThat(captor.getValue().getAllowedMentions()).isEmpty();
        return captor.getValue();
    }

    private static String field(MessageCreateData message, Setting setting) {
        MessageEmbed embed = message.getEmbeds().get(0);
        String label = SettingsText.label(dev.backchannel.knowledge.Language.EN, setting);
        return embed.getFields().stream()
                .filter(f -> label.equals(f.getName()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private ServerSettings stored() {
        return cache.get(GUILD);
    }

    @Test
    @DisplayName("the command is shown only to Manage Server, and every subcommand and "
            + "option is named and described in Vietnamese and English")
    void definition() {
        SlashCommandData data = command().data();

        assertThat(data.getDefaultPermissions().getPermissionsRaw()).isEqualTo(Permission.MANAGE_SERVER.getRawValue());
        assertThat(data.getSubcommands())
                .extracting(s -> s.getName())
                .containsExactly(
                        "show",
                        "language",
                        "answer-channel",
                        "ignore-channel",
                        "educator-role",
                        "privacy",
                        "llm",
                        "rate-limit",
                        "help-desk",
                        "history",
                        "reset");
        data.getSubcommands().forEach(sub -> {
            assertThat(sub.getNameLocalizations().toMap()).containsKey(DiscordLocale.VIETNAMESE);
            assertThat(sub.getDescriptionLocalizations().toMap())
                    .containsKeys(DiscordLocale.VIETNAMESE, DiscordLocale.ENGLISH_US);
            sub.getOptions()
                    .forEach(o -> assertThat(o.getDescriptionLocalizations().toMap())
                            .containsKeys(DiscordLocale.VIETNAMESE, DiscordLocale.ENGLISH_US));
        });
        var rate = data.getSubcommands().stream()
                .filter(s -> s.getName().equals("rate-limit"))
                .findFirst()
                .orElseThrow()
                .getOptions()
                .get(0);
        assertThat(rate.getType()).isEqualTo(OptionType.INTEGER);
        assertThat(rate.getMaxValue()).isEqualTo(6L);
    }

    @Test
    @DisplayName("a member without Manage Server who reaches the command anyway is "
            + "refused privately, in their language, and nothing changes")
    void refusedWithoutManageServer() {
        DiscordMocks discord =
                settings("language", false, DiscordLocale.VIETNAMESE).option("value", "vi");

        command().handle(discord.event);

        assertThat(replied(discord).getContent()).startsWith("Chỉ thành viên có quyền Quản lý máy chủ");
        assertThat(stored()).isEqualTo(ServerSettings.DEFAULTS);
        assertThat(cache.history(GUILD, 10)).isEmpty();
    }

    @Test
    @DisplayName("in a server outside the operator's guild allow-list there is nothing to set")
    void serverOutsideAllowList() {
        DiscordConfig operator = new DiscordConfig("", true, List.of("999"), List.of(), 6, 100, "", "", "");
        DiscordMocks discord = admin("language").option("value", "vi");

        command(operator, false).handle(discord.event);

        assertThat(replied(discord).getContent()).contains("has not enabled Backchannel in this server");
        assertThat(stored().language()).isEqualTo(AnswerLanguage.AUTO);
    }

    @Test
    @DisplayName("show: one private embed with every setting at its default")
    void showDefaults() {
        DiscordMocks discord = admin("show");

        command().handle(discord.event);

        MessageCreateData message = replied(discord);
        assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("Backchannel settings for study group");
        assertThat(message.getEmbeds().get(0).getFields()).hasSize(Setting.values().length);
        assertThat(field(message, Setting.LANGUAGE)).isEqualTo("Auto (the asker's language)");
        assertThat(field(message, Setting.ANSWER_CHANNELS)).isEqualTo("Everywhere the bot can read");
        assertThat(field(message, Setting.IGNORED_CHANNELS)).isEqualTo("None");
        assertThat(field(message, Setting.EDUCATOR_ROLE)).isEqualTo("Members with Manage Messages only");
        assertThat(field(message, Setting.PRIVATE_ANSWERS)).isEqualTo("Public");
        assertThat(field(message, Setting.LLM)).startsWith("Not configured by the operator");
        assertThat(field(message, Setting.USER_QUESTIONS_PER_MINUTE)).isEqualTo("6 per minute per member (ceiling: 6)");
        assertThat(field(message, Setting.HELP_DESKS)).isEqualTo("None");
    }

    @Test
    @DisplayName("language: Vietnamese for every answer, recorded with who changed it; auto goes back to the default")
    void language() {
        DiscordMocks discord = admin("language").option("value", "vi");

        command().handle(discord.event);

        MessageCreateData message = replied(discord);
        assertThat(message.getContent()).startsWith("✅ Saved");
        assertThat(field(message, Setting.LANGUAGE)).isEqualTo("Tiếng Việt");
        assertThat(stored().language()).isEqualTo(AnswerLanguage.VI);
        assertThat(cache.history(GUILD, 10)).singleElement().satisfies(change -> {
            assertThat(change.setting()).isEqualTo(Setting.LANGUAGE);
            assertThat(change.newValue()).contains("vi");
            assertThat(change.changedBy()).isEqualTo(ADMIN);
        });

        command().handle(admin("language").option("value", "auto").event);

        assertThat(stored().language()).isEqualTo(AnswerLanguage.AUTO);
    }

    @Test
    @DisplayName("answer channels: added and removed; a channel outside the "
            + "operator's allow-list is refused, naming the allowed ones")
    void answerChannels() {
        command()
                .handle(channel(admin("answer-channel").option("action", "add"), "channel", "201", ChannelType.TEXT)
                        .event);
        command()
                .handle(channel(admin("answer-channel").option("action", "add"), "channel", "202", ChannelType.TEXT)
                        .event);
        command()
                .handle(channel(admin("answer-channel").option("action", "remove"), "channel", "202", ChannelType.TEXT)
                        .event);
        DiscordMocks outside =
                channel(admin("answer-channel").option("action", "add"), "channel", "299", ChannelType.TEXT);

        command().handle(outside.event);

        assertThat(replied(outside).getContent())
                .isEqualTo(
                        "The bot's operator allows Backchannel only in <#201>, <#202>, <#600>. Choose one of those.");
        assertThat(stored().answerChannels()).containsExactly("201");
    }

    @Test
    @DisplayName("ignored channels: any channel may be ignored, and an ignored channel is shown")
    void ignoredChannels() {
        DiscordMocks discord =
                channel(admin("ignore-channel").option("action", "add"), "channel", "299", ChannelType.TEXT);

        command().handle(discord.event);

        assertThat(field(replied(discord), Setting.IGNORED_CHANNELS)).isEqualTo("<#299>");
        assertThat(stored().ignoredChannels()).containsExactly("299");
        assertThat(stored().answersIn("299")).isFalse();
    }

    @Test
    @DisplayName("educator role: a chosen role replaces the operator's; @everyone is refused")
    void educatorRole() {
        DiscordConfig operator = new DiscordConfig("", true, List.of(), List.of(), 6, 100, "777", "", "");
        DiscordMocks shown = admin("show");
        command(operator, false).handle(shown.event);
        assertThat(field(replied(shown), Setting.EDUCATOR_ROLE)).isEqualTo("The operator's: <@&777>");
        Role teachers = mock(Role.class);
        when(teachers.getId()).thenReturn("888");
        DiscordMocks discord = admin("educator-role");
        when(discord.event.getOption(eq("role"), isNull(), any())).thenReturn(teachers);
        Role everyone = mock(Role.class);
        when(everyone.isPublicRole()).thenReturn(true);
        DiscordMocks refused = admin("educator-role");
        when(refused.event.getOption(eq("role"), isNull(), any())).thenReturn(everyone);

        command(operator, false).handle(discord.event);
        command(operator, false).handle(refused.event);

        assertThat(field(replied(discord), Setting.EDUCATOR_ROLE)).isEqualTo("<@&888>");
        assertThat(replied(refused).getContent()).contains("other than @everyone");
        assertThat(stored().educatorRoleId()).isEqualTo("888");
    }

    @Test
    @DisplayName("privacy: /ask answers private by default")
    void privacy() {
        DiscordMocks discord = admin("privacy").option("private", true);

        command().handle(discord.event);

        assertThat(field(replied(discord), Setting.PRIVATE_ANSWERS)).isEqualTo("Private: only the asker sees them");
        assertThat(stored().privateAnswers()).isTrue();
    }

    @Test
    @DisplayName("language model: turning it off is always allowed; on is "
            + "refused when the operator has no model, saying why")
    void model() {
        DiscordMocks off = admin("llm").option("enabled", false);
        DiscordMocks on = admin("llm").option("enabled", true);

        command(OPERATOR, true).handle(off.event);
        assertThat(field(replied(off), Setting.LLM)).isEqualTo("Off");
        assertThat(stored().llmEnabled()).isFalse();
        command(OPERATOR, false).handle(on.event);

        assertThat(replied(on).getContent()).contains("has not configured a language model");
        assertThat(stored().llmEnabled()).isFalse();
        DiscordMocks again = admin("llm").option("enabled", true);
        command(OPERATOR, true).handle(again.event);
        assertThat(stored().llmEnabled()).isTrue();
    }

    @Test
    @DisplayName("rate limit: within 1 and the operator's ceiling; outside, refused with the allowed range")
    void rateLimit() {
        DiscordMocks three = admin("rate-limit");
        when(three.event.getOption(eq("per-minute"), eq(0L), any())).thenReturn(3L);
        DiscordMocks tooMany = admin("rate-limit");
        when(tooMany.event.getOption(eq("per-minute"), eq(0L), any())).thenReturn(7L);
        DiscordMocks none = settings("rate-limit", true, DiscordLocale.VIETNAMESE);
        when(none.event.getOption(eq("per-minute"), eq(0L), any())).thenReturn(0L);

        command().handle(three.event);
        command().handle(tooMany.event);
        command().handle(none.event);

        assertThat(field(replied(three), Setting.USER_QUESTIONS_PER_MINUTE))
                .isEqualTo("3 per minute per member (ceiling: 6)");
        assertThat(replied(tooMany).getContent())
                .startsWith("The limit must be between 1 and 6 questions per minute per member");
        assertThat(replied(none).getContent()).startsWith("Giới hạn phải từ 1 đến 6 câu hỏi mỗi phút");
        assertThat(stored().userQuestionsPerMinute()).isEqualTo(OptionalInt.of(3));
    }

    private DiscordMocks helpDesk(String action, String tag) {
        DiscordMocks discord = admin("help-desk").option("action", action).option("tag", tag);
        ForumChannel forum = mock(ForumChannel.class);
        when(forum.getId()).thenReturn(FORUM);
        ForumTag needsPerson = mock(ForumTag.class);
        when(needsPerson.getId()).thenReturn(TAG);
        when(needsPerson.getName()).thenReturn("Needs an educator");
        when(forum.getAvailableTags()).thenReturn(List.of(needsPerson));
        when(forum.getAvailableTagById(TAG)).thenReturn(needsPerson);
        GuildChannelUnion union = mock(GuildChannelUnion.class);
        when(union.getType()).thenReturn(ChannelType.FORUM);
        when(union.asForumChannel()).thenReturn(forum);
        when(discord.event.getOption(eq("forum"), isNull(), any())).thenReturn(union);
        when(discord.guild.getForumChannelById(FORUM)).thenReturn(forum);
        return discord;
    }

    @Test
    @DisplayName("help desk: a forum with the tag for posts that need a person, chosen by "
            + "name or id; an unknown tag is refused with the forum's tags")
    void helpDesks() {
        DiscordMocks byName = helpDesk("add", "needs an EDUCATOR");
        DiscordMocks unknown = helpDesk("add", "urgent");

        command().handle(byName.event);
        command().handle(unknown.event);

        assertThat(field(replied(byName), Setting.HELP_DESKS))
                .isEqualTo("<#600> · tag for posts that need a person: Needs an educator");
        assertThat(replied(unknown).getContent())
                .isEqualTo("This forum has no tag “urgent”. Its tags: Needs an educator.");
        assertThat(stored().helpDesks()).isEqualTo(Map.of(FORUM, TAG));
        assertThat(stored().answersIn(FORUM)).isTrue();

        command().handle(helpDesk("remove", "").event);

        assertThat(stored().helpDesks()).isEmpty();
    }

    @Test
    @DisplayName("help desk: a text channel is not a forum, and a forum outside the operator's allow-list is refused")
    void helpDeskBounds() {
        DiscordMocks text = channel(admin("help-desk").option("action", "add"), "forum", "201", ChannelType.TEXT);
        DiscordMocks outside = helpDesk("add", "");

        command().handle(text.event);
        command(new DiscordConfig("", true, List.of(), List.of("201"), 6, 100, "", "", ""), false)
                .handle(outside.event);

        assertThat(replied(text).getContent()).isEqualTo("A help desk must be a forum channel.");
        assertThat(replied(outside).getContent()).contains("allows Backchannel only in <#201>");
        assertThat(stored().helpDesks()).isEmpty();
    }

    @Test
    @DisplayName("history: the last changes with when, who, the setting, and from what to what")
    void history() {
        command().handle(admin("language").option("value", "vi").event);
        command().handle(admin("privacy").option("private", true).event);
        DiscordMocks discord = admin("history");

        command().handle(discord.event);

        String lines = replied(discord).getEmbeds().get(0).getDescription();
        assertThat(lines.split("\n")).hasSize(2);
        assertThat(lines.split("\n")[0])
                .matches("<t:\\d+:f> · <@300> · /ask answers: default → Private: only the asker sees them");
        assertThat(lines.split("\n")[1]).endsWith("<@300> · Answer language: default → Tiếng Việt");
    }

    @Test
    @DisplayName("reset puts one setting back to its default, and that is recorded too")
    void reset() {
        command().handle(admin("privacy").option("private", true).event);

        command().handle(admin("reset").option("setting", "private-answers").event);

        assertThat(stored().privateAnswers()).isFalse();
        assertThat(cache.history(GUILD, 10))
                .first()
                .satisfies(change -> assertThat(change.newValue()).isEmpty());
    }

    @Test
    @DisplayName("an unchanged value says so and records nothing")
    void unchanged() {
        DiscordMocks discord = admin("privacy").option("private", false);

        command().handle(discord.event);

        assertThat(replied(discord).getContent()).isEqualTo("Nothing changed: that was already the setting.");
        assertThat(cache.history(GUILD, 10)).isEmpty();
    }

    @Test
    @DisplayName("the tag option suggests the chosen forum's tags as the admin types")
    void tagSuggestions() {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        net.dv8tion.jda.api.entities.Guild guild = mock(net.dv8tion.jda.api.entities.Guild.class);
        ForumChannel forum = mock(ForumChannel.class);
        ForumTag needsPerson = mock(ForumTag.class);
        when(needsPerson.getId()).thenReturn(TAG);
        when(needsPerson.getName()).thenReturn("Needs an educator");
        ForumTag solved = mock(ForumTag.class);
        when(solved.getName()).thenReturn("Solved");
        when(forum.getAvailableTags()).thenReturn(List.of(needsPerson, solved));
        when(guild.getForumChannelById(FORUM)).thenReturn(forum);
        when(event.getGuild()).thenReturn(guild);
        OptionMapping forumOption = mock(OptionMapping.class);
        when(forumOption.getAsString()).thenReturn(FORUM);
        when(event.getOption("forum")).thenReturn(forumOption);
        AutoCompleteQuery typed = mock(AutoCompleteQuery.class);
        when(typed.getName()).thenReturn("tag");
        when(typed.getValue()).thenReturn("need");
        when(event.getFocusedOption()).thenReturn(typed);
        AutoCompleteCallbackAction callback = mock(AutoCompleteCallbackAction.class);
        when(event.replyChoices(anyList())).thenReturn(callback);

        command().autocomplete(event);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Command.Choice>> captor = ArgumentCaptor.forClass(List.class);
        verify(event).replyChoices(captor.capture());
        assertThat(captor.getValue())
                .extracting(Command.Choice::getName, Command.Choice::getAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Needs an educator", TAG));
    }

    @Test
    @DisplayName("the settings read back are the ones shown: answer channels and help desks together")
    void answerChannelsAndHelpDesk() {
        command()
                .handle(channel(admin("answer-channel").option("action", "add"), "channel", "201", ChannelType.TEXT)
                        .event);
        command().handle(helpDesk("add", TAG).event);

        assertThat(stored().answerChannels()).isEqualTo(Set.of("201"));
        assertThat(stored().answersIn(FORUM)).isTrue();
        assertThat(stored().answersIn("202")).isFalse();
    }
}
