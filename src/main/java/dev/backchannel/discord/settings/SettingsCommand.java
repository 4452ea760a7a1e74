package dev.backchannel.discord.settings;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import dev.backchannel.store.ServerSettingsCache;
import dev.backchannel.store.Setting;
import dev.backchannel.store.SettingChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /settings}: a server's admins see and change how the bot behaves there, within the
 * operator's bounds. Shown only to members with Manage Server, and checked again on every use,
 * since a server can grant the command to anyone in its integration settings. Every reply is
 * private; every change is recorded with who made it.
 */
public final class SettingsCommand implements SlashCommand {

    private static final int HISTORY = 10;

    private final ServerSettingsCache settings;
    private final SettingsBounds bounds;
    private final SettingsView view;

    public SettingsCommand(ServerSettingsCache settings, SettingsBounds bounds) {
        this.settings = settings;
        this.bounds = bounds;
        this.view = new SettingsView(bounds);
    }

    /** What an admin asked for: a change to make, or the reason it is refused. */
    private sealed interface Request permits Change, Refusal {}

    private record Change(Setting setting, UnaryOperator<Optional<String>> edit) implements Request {}

    private record Refusal(String text) implements Request {}

    @Override
    public SlashCommandData data() {
        return SettingsCommandData.definition(bounds);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        Guild guild = event.getGuild();
        Member member = event.getMember();
        if (guild == null || member == null || !member.hasPermission(Permission.MANAGE_SERVER)) {
            reply(event, SettingsText.adminsOnly(language));
            return;
        }
        Optional<String> outside = bounds.server(guild.getId(), language);
        if (outside.isPresent()) {
            reply(event, outside.get());
            return;
        }
        String subcommand = String.valueOf(event.getSubcommandName());
        if (subcommand.equals("show")) {
            event.reply(AnswerMessages.text(null)
                            .setEmbeds(view.settings(settings.get(guild.getId()), guild, language))
                            .build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        if (subcommand.equals("history")) {
            event.reply(AnswerMessages.text(null)
                            .setEmbeds(view.history(settings.history(guild.getId(), HISTORY), language))
                            .build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Request request = request(event, subcommand, language);
        if (request instanceof Refusal refusal) {
            reply(event, refusal.text());
        } else if (request instanceof Change change) {
            Optional<SettingChange> made = settings.change(
                    guild.getId(),
                    change.setting(),
                    change.edit(),
                    event.getUser().getId());
            String said = made.isPresent() ? SettingsText.saved(language) : SettingsText.unchanged(language);
            event.reply(AnswerMessages.text(said)
                            .setEmbeds(view.settings(settings.get(guild.getId()), guild, language))
                            .build())
                    .setEphemeral(true)
                    .queue();
        }
    }

    private static void reply(SlashCommandInteractionEvent event, String text) {
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }

    private Request request(SlashCommandInteractionEvent event, String subcommand, Language language) {
        return switch (subcommand) {
            case "language" -> {
                AnswerLanguage chosen = AnswerLanguage.of(event.getOption("value", "", OptionMapping::getAsString));
                yield new Change(
                        Setting.LANGUAGE,
                        old -> chosen == AnswerLanguage.AUTO ? Optional.empty() : Optional.of(chosen.code()));
            }
            case "answer-channel" -> channels(event, Setting.ANSWER_CHANNELS, true, language);
            case "ignore-channel" -> channels(event, Setting.IGNORED_CHANNELS, false, language);
            case "educator-role" -> {
                Role role = event.getOption("role", null, OptionMapping::getAsRole);
                if (role == null || role.isPublicRole()) {
                    yield new Refusal(SettingsText.everyoneRole(language));
                }
                yield new Change(Setting.EDUCATOR_ROLE, old -> Optional.of(role.getId()));
            }
            case "privacy" -> {
                boolean privately = event.getOption("private", false, OptionMapping::getAsBoolean);
                yield new Change(Setting.PRIVATE_ANSWERS, old -> privately ? Optional.of("true") : Optional.empty());
            }
            case "llm" -> {
                boolean enabled = event.getOption("enabled", false, OptionMapping::getAsBoolean);
                Optional<String> refusal = bounds.model(enabled, language);
                yield refusal.isPresent()
                        ? new Refusal(refusal.get())
                        : new Change(Setting.LLM, old -> enabled ? Optional.empty() : Optional.of("false"));
            }
            case "rate-limit" -> {
                long perMinute = event.getOption("per-minute", 0L, OptionMapping::getAsLong);
                Optional<String> refusal = bounds.rateLimit(perMinute, language);
                yield refusal.isPresent()
                        ? new Refusal(refusal.get())
                        : new Change(Setting.USER_QUESTIONS_PER_MINUTE, old -> Optional.of(Long.toString(perMinute)));
            }
            case "help-desk" -> helpDesk(event, language);
            case "reset" -> {
                Optional<Setting> setting = Setting.of(event.getOption("setting", "", OptionMapping::getAsString));
                yield setting.<Request>map(s -> new Change(s, old -> Optional.empty()))
                        .orElseGet(() -> new Refusal(SettingsText.unchanged(language)));
            }
            default -> new Refusal(SettingsText.unchanged(language));
        };
    }

    private Request channels(SlashCommandInteractionEvent event, Setting setting, boolean bounded, Language language) {
        boolean add = "add".equals(event.getOption("action", "", OptionMapping::getAsString));
        GuildChannelUnion channel = event.getOption("channel", null, OptionMapping::getAsChannel);
        if (channel == null) {
            return new Refusal(SettingsText.unchanged(language));
        }
        if (add && bounded) {
            Optional<String> refusal = bounds.channel(channel.getId(), language);
            if (refusal.isPresent()) {
                return new Refusal(refusal.get());
            }
        }
        return new Change(setting, old -> {
            Set<String> ids = new TreeSet<>(ServerSettings.ids(old.orElse("")));
            if (add) {
                ids.add(channel.getId());
            } else {
                ids.remove(channel.getId());
            }
            return ids.isEmpty() ? Optional.empty() : Optional.of(ServerSettings.idsValue(ids));
        });
    }

    private Request helpDesk(SlashCommandInteractionEvent event, Language language) {
        boolean add = "add".equals(event.getOption("action", "", OptionMapping::getAsString));
        GuildChannelUnion channel = event.getOption("forum", null, OptionMapping::getAsChannel);
        if (channel == null || channel.getType() != ChannelType.FORUM) {
            return new Refusal(SettingsText.notAForum(language));
        }
        ForumChannel forum = channel.asForumChannel();
        String tagId = "";
        if (add) {
            Optional<String> refusal = bounds.channel(forum.getId(), language);
            if (refusal.isPresent()) {
                return new Refusal(refusal.get());
            }
            String wanted =
                    event.getOption("tag", "", OptionMapping::getAsString).strip();
            if (!wanted.isEmpty()) {
                Optional<ForumTag> tag = tag(forum, wanted);
                if (tag.isEmpty()) {
                    return new Refusal(SettingsText.unknownTag(
                            language,
                            wanted,
                            forum.getAvailableTags().stream()
                                    .map(ForumTag::getName)
                                    .toList()));
                }
                tagId = tag.get().getId();
            }
        }
        String chosenTag = tagId;
        return new Change(Setting.HELP_DESKS, old -> {
            Map<String, String> desks = new LinkedHashMap<>(ServerSettings.helpDesks(old.orElse("")));
            if (add) {
                desks.put(forum.getId(), chosenTag);
            } else {
                desks.remove(forum.getId());
            }
            return desks.isEmpty() ? Optional.empty() : Optional.of(ServerSettings.helpDesksValue(desks));
        });
    }

    /** A forum's tag by id (what autocomplete sends) or by name, as an admin may type it. */
    private static Optional<ForumTag> tag(ForumChannel forum, String wanted) {
        List<ForumTag> tags = forum.getAvailableTags();
        return tags.stream()
                .filter(t -> t.getId().equals(wanted))
                .findFirst()
                .or(() -> tags.stream()
                        .filter(t -> t.getName().equalsIgnoreCase(wanted))
                        .findFirst());
    }

    /** Suggests the tags of the forum chosen in the same command, as the admin types. */
    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        Guild guild = event.getGuild();
        OptionMapping forumOption = event.getOption("forum");
        ForumChannel forum =
                guild == null || forumOption == null ? null : guild.getForumChannelById(forumOption.getAsString());
        if (forum == null || !event.getFocusedOption().getName().equals("tag")) {
            event.replyChoices(List.of()).queue();
            return;
        }
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = forum.getAvailableTags().stream()
                .filter(tag -> tag.getName().toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(tag -> new Command.Choice(tag.getName(), tag.getId()))
                .toList();
        event.replyChoices(choices).queue();
    }
}
