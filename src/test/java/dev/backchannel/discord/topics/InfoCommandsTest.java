package dev.backchannel.discord.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.FixtureApp;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.DiscordFeatures;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.timeline.TimelinePictures;
import java.util.List;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

final class InfoCommandsTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private static TopicCards cards;
    private static TimelineFiles timelines;

    @BeforeAll
    static void open() {
        cards = new TopicCards(fixture.get()::knowledge);
        timelines = new TimelineFiles(fixture.get()::knowledge, TimelinePictures.shipped());
    }

    private static MessageCreateData run(SlashCommand command, DiscordMocks discord) {
        command.handle(discord.event);
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event).reply(captor.capture());
        return captor.getValue();
    }

    @Test
    @DisplayName("every command has English and Vietnamese descriptions, and a Vietnamese name for its options")
    void localized() {
        DiscordConfig config = DiscordMocks.config(5, List.of());
        DiscordFeatures features = fixture.get().discord(config, fixture.database(), new dev.backchannel.ops.Metrics());
        features.settings().close();
        List<SlashCommand> commands = features.commands();

        assertThat(commands)
                .extracting(c -> c.data().getName())
                .containsExactlyInAnyOrder(
                        "ask",
                        "define",
                        "track",
                        "example",
                        "timeline",
                        "topics",
                        "help",
                        "about",
                        "report",
                        "knowledge",
                        "quiz",
                        "session",
                        "settings",
                        "privacy");
        for (SlashCommand command : commands) {
            SlashCommandData data = command.data();
            assertThat(data.getDescriptionLocalizations().toMap())
                    .containsKeys(DiscordLocale.VIETNAMESE, DiscordLocale.ENGLISH_US);
            data.getOptions()
                    .forEach(o -> assertThat(o.getNameLocalizations().toMap()).containsKey(DiscordLocale.VIETNAMESE));
        }
    }

    @Test
    @DisplayName("/define shows the summary and the definition with its sources")
    void define() {
        DiscordMocks discord = new DiscordMocks("define", DiscordLocale.ENGLISH_US).option("term", "track-two");

        MessageEmbed card = run(TopicCommands.all(cards, timelines).get(0), discord)
                .getEmbeds()
                .get(0);

        assertThat(card.getTitle()).isEqualTo("Track II diplomacy");
        assertThat(card.getDescription())
                .startsWith("Track II diplomacy is unofficial dialogue")
                .contains("**Definition** [1]")
                .doesNotContain("Origin");
        assertThat(card.getFields().get(0).getValue()).contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    }

    @Test
    @DisplayName("/track shows what the chosen track is, how it relates to the others, and examples")
    void track() {
        DiscordMocks discord = new DiscordMocks("track", DiscordLocale.ENGLISH_US).option("name", "track-three");

        MessageEmbed card = run(TopicCommands.all(cards, timelines).get(1), discord)
                .getEmbeds()
                .get(0);

        assertThat(card.getTitle()).isEqualTo("Track III diplomacy");
        assertThat(card.getDescription()).contains("**Definition** [1]").contains("people-to-people");
    }

    @Test
    @DisplayName("/track offers every track of the knowledge base by its title")
    void trackChoices() {
        var choices = TopicCommands.all(cards, timelines)
                .get(1)
                .data()
                .getOptions()
                .get(0)
                .getChoices();

        assertThat(choices)
                .extracting(c -> c.getAsString())
                .containsExactly("backchannel-diplomacy", "track-three", "track-two");
        assertThat(choices).extracting(c -> c.getName()).contains("Track II diplomacy");
    }

    @Test
    @DisplayName("/example shows a case's sections in the user's language, found from what was typed")
    void example() {
        DiscordMocks discord = new DiscordMocks("example", DiscordLocale.VIETNAMESE).option("topic", "oslo");

        MessageEmbed card = run(TopicCommands.all(cards, timelines).get(2), discord)
                .getEmbeds()
                .get(0);

        assertThat(card.getTitle()).isEqualTo("Kênh bí mật Oslo 1993");
        assertThat(card.getDescription()).contains("Na Uy");
        assertThat(card.getFooter().getText()).isEqualTo("oslo-backchannel · example");
    }

    @Test
    @DisplayName("/example attaches the timeline picture with the case; /define a term attaches none")
    void exampleAttachesTimeline() throws Exception {
        MessageCreateData example = run(
                TopicCommands.all(cards, timelines).get(2),
                new DiscordMocks("example", DiscordLocale.VIETNAMESE).option("topic", "oslo"));
        MessageCreateData define = run(
                TopicCommands.all(cards, timelines).get(0),
                new DiscordMocks("define", DiscordLocale.ENGLISH_US).option("term", "track-two"));

        assertThat(example.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("timeline.png");
            assertThat(ImageIO.read(file.getData()).getWidth()).isEqualTo(1100);
        });
        assertThat(define.getFiles()).isEmpty();
    }

    @Test
    @DisplayName(
            "/timeline answers with the picture and a caption in the user's language; its track option offers the tracks with cases")
    void timeline() throws Exception {
        TimelineCommand command = new TimelineCommand(timelines);

        MessageCreateData reply = run(command, new DiscordMocks("timeline", DiscordLocale.VIETNAMESE));

        assertThat(reply.getContent()).isEqualTo("Một trường hợp.");
        assertThat(reply.getFiles()).singleElement().satisfies(file -> {
            assertThat(file.getName()).isEqualTo("timeline.png");
            assertThat(ImageIO.read(file.getData()).getWidth()).isEqualTo(1100);
        });
        assertThat(command.data().getOptions().get(0).getChoices())
                .singleElement()
                .satisfies(choice -> {
                    assertThat(choice.getAsString()).isEqualTo("backchannel-diplomacy");
                    assertThat(choice.getName()).isEqualTo("Backchannel diplomacy");
                    assertThat(choice.getNameLocalizations().get(DiscordLocale.VIETNAMESE))
                            .isEqualTo("Ngoại giao cửa sau");
                });
        assertThat(command.userInstallable()).isTrue();
    }

    @Test
    @DisplayName("/define autocompletes names in either language, diacritics optional, the user's language first")
    void autocomplete() {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        AutoCompleteQuery focused = mock(AutoCompleteQuery.class);
        when(focused.getValue()).thenReturn("ngoai giao cua");
        when(event.getFocusedOption()).thenReturn(focused);
        when(event.getUserLocale()).thenReturn(DiscordLocale.VIETNAMESE);
        when(event.replyChoices(any(java.util.Collection.class)))
                .thenReturn(mock(AutoCompleteCallbackAction.class, RETURNS_SELF));

        TopicCommands.all(cards, timelines).get(0).autocomplete(event);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.Collection<Command.Choice>> captor =
                ArgumentCaptor.forClass(java.util.Collection.class);
        verify(event).replyChoices(captor.capture());
        assertThat(captor.getValue()).extracting(Command.Choice::getName).containsExactly("Ngoại giao cửa sau");
        assertThat(captor.getValue()).extracting(Command.Choice::getAsString).containsExactly("backchannel-diplomacy");
    }

    @Test
    @DisplayName("/help and /about answer privately in the user's language; /about says it cites and can be "
            + "wrong, and what it keeps about people for how long")
    void helpAndAbout() {
        DiscordMocks help = new DiscordMocks("help", DiscordLocale.VIETNAMESE);
        DiscordMocks about = new DiscordMocks("about", DiscordLocale.ENGLISH_US);

        MessageCreateData helpMessage = run(new InfoCommands.Help(), help);
        MessageCreateData aboutMessage = run(new InfoCommands.About(cards, 365), about);

        assertThat(helpMessage.getEmbeds().get(0).getDescription()).contains("**/ask** `câu hỏi`");
        assertThat(aboutMessage.getEmbeds().get(0).getDescription())
                .contains("4 topics")
                .contains("cites")
                .contains("can still be wrong")
                .contains("keeps the questions you ask")
                .contains("for 365 days, then deletes them")
                .contains("/privacy forget");
        verify(help.reply).setEphemeral(true);
    }

    @Test
    @DisplayName("/topics lists a page of topics with page buttons")
    void topics() {
        DiscordMocks discord = new DiscordMocks("topics", DiscordLocale.ENGLISH_US);
        when(discord.event.getOption(
                        org.mockito.ArgumentMatchers.eq("kind"), org.mockito.ArgumentMatchers.eq("all"), any()))
                .thenReturn("all");

        MessageCreateData page = run(new InfoCommands.Topics(cards), discord);

        assertThat(page.getEmbeds().get(0).getDescription()).contains("**Track II diplomacy** (`track-two`)");
        assertThat(page.getComponents()).hasSize(1);
    }

    @Test
    @DisplayName("topic page buttons turn the page in place")
    void topicPages() {
        InfoCommands.Topics topics = new InfoCommands.Topics(cards);
        ButtonInteractionEvent event = DiscordMocks.click("bct:all:1", DiscordLocale.ENGLISH_US);

        DiscordMocks.send(topics, event);

        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(event).editMessage(captor.capture());
        assertThat(captor.getValue().getEmbeds().get(0).getTitle()).isEqualTo("Topics · 1/1");
    }
}
