package dev.backchannel.discord.topics;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * {@code /define}, {@code /track} and {@code /example}: a topic card straight from the knowledge
 * base; {@code /example} also attaches the timeline with its case highlighted.
 */
public final class TopicCommands {

    private static final Set<String> DEFINITION = SectionKinds.standard().slugs("definition");
    private static final Set<String> TRACK = SectionKinds.standard().slugs("definition", "relation", "examples");
    private static final Set<String> CASE =
            SectionKinds.standard().slugs("overview", "people", "time-and-place", "channel", "outcome");
    /** Discord's limit on a command option's choices. */
    private static final int MAX_CHOICES = 25;

    private TopicCommands() {}

    /** @param timelines draws the picture {@code /example} attaches, its case highlighted */
    public static List<SlashCommand> all(TopicCards cards, TimelineFiles timelines) {
        return List.of(
                new ChosenTopic(
                        cards,
                        "define",
                        "term",
                        "thuat-ngu",
                        Optional.empty(),
                        DEFINITION,
                        Optional.empty(),
                        "Define a term of informal diplomacy",
                        "Định nghĩa một thuật ngữ ngoại giao không chính thức",
                        "The term",
                        "Thuật ngữ"),
                new Track(cards),
                new ChosenTopic(
                        cards,
                        "example",
                        "topic",
                        "su-kien",
                        Optional.of(Kind.EXAMPLE),
                        CASE,
                        Optional.of(timelines),
                        "A historical case of informal diplomacy",
                        "Một trường hợp lịch sử của ngoại giao không chính thức",
                        "The case",
                        "Sự kiện"));
    }

    private static void show(SlashCommandInteractionEvent event, TopicCards cards, String id, Set<String> sections) {
        show(event, cards, id, sections, Optional.empty());
    }

    /** The topic's card, with the timeline picture its case is highlighted in when {@code timelines} is given. */
    private static void show(
            SlashCommandInteractionEvent event,
            TopicCards cards,
            String id,
            Set<String> sections,
            Optional<TimelineFiles> timelines) {
        Language language = BotText.of(event.getUserLocale());
        Optional<Topic> topic = cards.topic(id, language);
        if (topic.isEmpty()) {
            event.reply(AnswerMessages.text(
                                    language == Language.VI
                                            ? "Không tìm thấy chủ đề này. Hãy chọn trong danh sách gợi ý."
                                            : "No such topic. Pick one of the suggestions.")
                            .build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        MessageCreateBuilder message = AnswerMessages.text(null).setEmbeds(cards.card(topic.get(), sections));
        timelines
                .flatMap(files -> files.highlighting(topic.get().id(), language))
                .ifPresent(picture -> message.addFiles(TimelineFiles.upload(picture)));
        event.reply(message.build()).queue();
    }

    /**
     * A command that shows one topic chosen by autocomplete: {@code /define term} (summary and
     * definition, any kind) and {@code /example topic} (a case: people, date, channel, outcome).
     */
    static final class ChosenTopic implements SlashCommand {
        private final TopicCards cards;
        private final String name;
        private final String option;
        private final String vietnameseOption;
        private final String[] descriptions;
        private final Optional<Kind> kind;
        private final Set<String> sections;
        private final Optional<TimelineFiles> timelines;

        /**
         * @param timelines the timeline to attach with the topic highlighted, for a case
         * @param descriptions English and Vietnamese of the command, then of its option
         */
        ChosenTopic(
                TopicCards cards,
                String name,
                String option,
                String vietnameseOption,
                Optional<Kind> kind,
                Set<String> sections,
                Optional<TimelineFiles> timelines,
                String... descriptions) {
            this.cards = cards;
            this.name = name;
            this.option = option;
            this.vietnameseOption = vietnameseOption;
            this.kind = kind;
            this.sections = sections;
            this.timelines = timelines;
            this.descriptions = descriptions;
        }

        @Override
        public boolean userInstallable() {
            return true;
        }

        @Override
        public SlashCommandData data() {
            SlashCommandData data =
                    Localized.describe(Commands.slash(name, descriptions[0]), descriptions[0], descriptions[1]);
            data.addOptions(Localized.option(
                    new OptionData(OptionType.STRING, option, descriptions[2], true, true),
                    vietnameseOption,
                    descriptions[2],
                    descriptions[3]));
            return data;
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            String typed = event.getOption(option, "", OptionMapping::getAsString);
            String id = cards.choices(typed, BotText.of(event.getUserLocale()), kind).stream()
                    .findFirst()
                    .map(c -> c.getAsString())
                    .orElse(typed);
            show(event, cards, id, sections, timelines);
        }

        @Override
        public void autocomplete(CommandAutoCompleteInteractionEvent event) {
            event.replyChoices(
                            cards.choices(event.getFocusedOption().getValue(), BotText.of(event.getUserLocale()), kind))
                    .queue();
        }
    }

    /** {@code /track name}: one of the tracks, with who takes part and its examples. */
    static final class Track implements SlashCommand {
        private final TopicCards cards;

        Track(TopicCards cards) {
            this.cards = cards;
        }

        @Override
        public boolean userInstallable() {
            return true;
        }

        @Override
        public SlashCommandData data() {
            SlashCommandData data =
                    Commands.slash("track", "What a track of diplomacy is, who takes part, and examples");
            Localized.describe(
                    data,
                    "What a track of diplomacy is, who takes part, and examples",
                    "Một kênh ngoại giao: là gì, ai tham gia, ví dụ");
            OptionData name = new OptionData(OptionType.STRING, "name", "The track", true);
            // The tracks are whatever the knowledge base holds of that kind, named by their titles.
            cards.topics(Optional.of(Kind.TRACK), Language.EN).stream()
                    .limit(MAX_CHOICES)
                    .forEach(track -> name.addChoice(DiscordLimits.shorten(track.title(), 100), track.id()));
            data.addOptions(Localized.option(name, "kenh", "The track", "Kênh ngoại giao"));
            return data;
        }

        @Override
        public void handle(SlashCommandInteractionEvent event) {
            show(event, cards, event.getOption("name", "", OptionMapping::getAsString), TRACK);
        }
    }
}
