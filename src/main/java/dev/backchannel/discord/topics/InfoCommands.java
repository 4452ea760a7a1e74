package dev.backchannel.discord.topics;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Topic;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** {@code /help}, {@code /about} and {@code /topics}. */
public final class InfoCommands {

    private static final Color INFO = new Color(0x4A5568);
    static final int TOPICS_PER_PAGE = 10;

    private InfoCommands() {}

    /** {@code /help}: what the bot does and how to ask. */
    public static final class Help implements SlashCommand {
        @Override
        public boolean userInstallable() {
            return true;
        }

        @Override
        public SlashCommandData data() {
            return Localized.describe(
                    Commands.slash("help", "How to ask Backchannel"), "How to ask Backchannel", "Cách hỏi Backchannel");
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            Language language = BotText.of(event.getUserLocale());
            event.reply(AnswerMessages.text(null)
                            .setEmbeds(new EmbedBuilder()
                                    .setColor(INFO)
                                    .setTitle("Backchannel")
                                    .setDescription(BotText.help(language))
                                    .build())
                            .build())
                    .setEphemeral(true)
                    .queue();
        }
    }

    /**
     * {@code /about}: what it knows, where its knowledge comes from, that it cites and can be wrong,
     * and what it keeps about people and for how long.
     */
    public static final class About implements SlashCommand {
        private final TopicCards cards;
        private final int retentionDays;

        public About(TopicCards cards, int retentionDays) {
            this.cards = cards;
            this.retentionDays = retentionDays;
        }

        @Override
        public boolean userInstallable() {
            return true;
        }

        @Override
        public SlashCommandData data() {
            return Localized.describe(
                    Commands.slash("about", "What Backchannel knows and where it comes from"),
                    "What Backchannel knows and where it comes from",
                    "Backchannel biết gì và nguồn từ đâu");
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            Language language = BotText.of(event.getUserLocale());
            event.reply(AnswerMessages.text(null)
                            .setEmbeds(new EmbedBuilder()
                                    .setColor(INFO)
                                    .setTitle("Backchannel")
                                    .setDescription(BotText.about(language, cards.size(), retentionDays))
                                    .build())
                            .build())
                    .setEphemeral(true)
                    .queue();
        }
    }

    /** {@code /topics [kind]}: the knowledge base, ten topics a page, with buttons to turn pages. */
    public static final class Topics implements SlashCommand, ButtonHandler {
        private final TopicCards cards;

        public Topics(TopicCards cards) {
            this.cards = cards;
        }

        @Override
        public boolean userInstallable() {
            return true;
        }

        @Override
        public SlashCommandData data() {
            SlashCommandData data = Commands.slash("topics", "Browse the knowledge base");
            Localized.describe(data, "Browse the knowledge base", "Duyệt cơ sở tri thức");
            OptionData kind = new OptionData(OptionType.STRING, "kind", "Tracks, terms or cases", false)
                    .addChoice("tracks", "track")
                    .addChoice("terms", "term")
                    .addChoice("cases", "example");
            data.addOptions(Localized.option(kind, "loai", "Tracks, terms or cases", "Kênh, thuật ngữ hoặc sự kiện"));
            return data;
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            String kind = event.getOption("kind", "all", OptionMapping::getAsString);
            event.reply(page(cards, kind, 0, BotText.of(event.getUserLocale())))
                    .setEphemeral(true)
                    .queue();
        }

        @Override
        public String owner() {
            return TopicsPage.OWNER;
        }

        /** A page button: the page it names, in place of the one shown. */
        @Override
        public void click(ButtonInteractionEvent event, ButtonId id) {
            Optional<TopicsPage> page = TopicsPage.parse(id);
            if (page.isPresent()) {
                event.editMessage(MessageEditData.fromCreateData(
                                page(cards, page.get().kind(), page.get().page(), BotText.of(event.getUserLocale()))))
                        .queue();
            }
        }
    }

    /** One page of {@code /topics}; the buttons carry the kind and page to show next. */
    static MessageCreateData page(TopicCards cards, String kind, int requested, Language language) {
        Optional<Kind> wanted = Kind.fromCode(kind);
        List<Topic> topics = cards.topics(wanted, language);
        int pages = Math.max(1, (topics.size() + TOPICS_PER_PAGE - 1) / TOPICS_PER_PAGE);
        int page = Math.max(0, Math.min(requested, pages - 1));
        List<String> lines = new ArrayList<>();
        for (Topic topic :
                topics.subList(page * TOPICS_PER_PAGE, Math.min(topics.size(), (page + 1) * TOPICS_PER_PAGE))) {
            lines.add(
                    "**" + topic.title() + "** (`" + topic.id() + "`)\n" + DiscordLimits.shorten(topic.summary(), 300));
        }
        String title = (language == Language.VI ? "Chủ đề" : "Topics") + " · " + (page + 1) + "/" + pages;
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(INFO)
                .setTitle(title)
                .setDescription(DiscordLimits.shorten(String.join("\n\n", lines), DiscordLimits.EMBED_DESCRIPTION));
        ActionRow row = ActionRow.of(
                Button.secondary(TopicsPage.id(kind, page - 1), "◀").withDisabled(page == 0),
                Button.secondary(TopicsPage.id(kind, page + 1), "▶").withDisabled(page >= pages - 1));
        return AnswerMessages.text(null)
                .setEmbeds(embed.build())
                .setComponents(row)
                .build();
    }

    /** The custom id of a page button: {@code bct:<kind>:<page>}. */
    record TopicsPage(String kind, int page) {
        static final String OWNER = "bct";

        static String id(String kind, int page) {
            return ButtonId.of(OWNER, kind, String.valueOf(Math.max(0, page))).customId();
        }

        static Optional<TopicsPage> parse(ButtonId id) {
            if (id.elements().size() != 2 || !id.owner().equals(OWNER)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new TopicsPage(
                        id.elements().get(0), Integer.parseInt(id.elements().get(1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
