package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.FixtureApp;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

final class AskCommandTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private static AskCommand command(int perMinute, List<String> channels) {
        return new AskCommand(
                fixture.get().answers(),
                DiscordMocks.gate(DiscordMocks.config(perMinute, channels)),
                java.time.Clock.systemUTC(),
                fixture.questions(),
                fixture.threads(),
                DiscordMocks.UNSET,
                new dev.backchannel.ops.Metrics());
    }

    private static MessageEditData edited(DiscordMocks discord) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(discord.hook).editOriginal(captor.capture());
        return captor.getValue();
    }

    private static MessageCreateData replied(DiscordMocks discord) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event).reply(captor.capture());
        return captor.getValue();
    }

    @Test
    @DisplayName(
            "/ask defers, then edits the reply into an embed: cited answer, sources, footer, four buttons, no pings")
    void answersInAnEmbed() {
        DiscordMocks discord = new DiscordMocks("ask", DiscordLocale.ENGLISH_US)
                .option("question", "@everyone What is Track II diplomacy?");

        command(5, List.of()).handle(discord.event);

        verify(discord.event).deferReply(false);
        MessageEditData message = edited(discord);
        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getDescription()).contains("[1]").contains("Track II");
        assertThat(embed.getTitle()).doesNotContain("@everyone");
        assertThat(embed.getFields()).first().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("Sources");
            assertThat(f.getValue())
                    .contains(
                            "[1] [Track II diplomacy — Definition](https://en.wikipedia.org/wiki/Track_II_diplomacy)");
        });
        assertThat(embed.getFooter().getText()).contains("English").contains("extractive");
        List<Button> buttons = ((ActionRow) message.getComponents().get(0)).getButtons();
        assertThat(buttons)
                .extracting(Button::getCustomId)
                .containsExactly("bc:src:400", "bc:up:400", "bc:down:400", "bc:thread:400", "bc:report:400");
        assertThat(message.getAllowedMentions()).isEmpty();
    }

    @Test
    @DisplayName("private:true makes the deferred reply, and so the answer, ephemeral")
    void privateAnswer() {
        DiscordMocks discord = new DiscordMocks("ask", DiscordLocale.ENGLISH_US)
                .option("question", "What is Track II diplomacy?")
                .option("private", true);

        command(5, List.of()).handle(discord.event);

        verify(discord.event).deferReply(true);
    }

    @Test
    @DisplayName("a Vietnamese question gets a Vietnamese embed whatever the client's language")
    void vietnamese() {
        DiscordMocks discord =
                new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "ngoai giao nhanh II la gi");

        command(5, List.of()).handle(discord.event);

        MessageEmbed embed = edited(discord).getEmbeds().get(0);
        assertThat(embed.getFields().get(0).getName()).isEqualTo("Nguồn");
        assertThat(embed.getFooter().getText()).startsWith("Tiếng Việt");
    }

    @Test
    @DisplayName(
            "past the rate limit, the user is told privately when to retry, in their language, and nothing is deferred")
    void rateLimited() {
        AskCommand ask = command(1, List.of());
        ask.handle(new DiscordMocks("ask", DiscordLocale.VIETNAMESE)
                .option("question", "What is Track II diplomacy?")
                .event);
        DiscordMocks second =
                new DiscordMocks("ask", DiscordLocale.VIETNAMESE).option("question", "What is Track III?");

        ask.handle(second.event);

        assertThat(replied(second).getContent()).startsWith("Bạn hỏi hơi nhanh. Hãy thử lại sau 60 giây.");
        verify(second.reply).setEphemeral(true);
        verify(second.event, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    @DisplayName("outside the channel allow-list, the bot says privately that it is not enabled here")
    void allowList() {
        DiscordMocks discord =
                new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "What is Track II diplomacy?");

        command(5, List.of("999")).handle(discord.event);

        assertThat(replied(discord).getContent()).contains("not enabled in this channel");
        verify(discord.reply).setEphemeral(true);
    }

    @Test
    @DisplayName("an empty question is refused privately before anything is deferred")
    void emptyQuestion() {
        DiscordMocks discord = new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "   ");

        command(5, List.of()).handle(discord.event);

        assertThat(replied(discord).getContent()).contains("Please type a question");
        verify(discord.event, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        verify(discord.hook, never()).editOriginal(any(MessageEditData.class));
    }

    @Test
    @DisplayName("an abstention is an embed without sources or buttons")
    void abstention() {
        DiscordMocks discord =
                new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "Who won the 2022 World Cup?");

        command(5, List.of()).handle(discord.event);

        MessageEditData message = edited(discord);
        assertThat(message.getEmbeds().get(0).getDescription())
                .startsWith("The knowledge base does not cover this question");
        assertThat(message.getEmbeds().get(0).getFields()).isEmpty();
        assertThat(message.getComponents()).isEmpty();
    }

    @Test
    @DisplayName("a server that chose Vietnamese and private answers: an English question is "
            + "answered in Vietnamese, privately unless the asker says otherwise")
    void serverSettings() {
        ServerSettings server = new ServerSettings(
                AnswerLanguage.VI, Set.of(), Set.of(), "", true, true, OptionalInt.empty(), Map.of());
        AskCommand ask = new AskCommand(
                fixture.get().answers(),
                DiscordMocks.gate(DiscordMocks.config(5, List.of())),
                java.time.Clock.systemUTC(),
                fixture.questions(),
                fixture.threads(),
                guild -> server,
                new dev.backchannel.ops.Metrics());
        DiscordMocks discord =
                new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "What is Track II diplomacy?");
        when(discord.event.getOption(eq("private"), anyBoolean(), any())).thenAnswer(call -> call.getArgument(1));

        ask.handle(discord.event);

        verify(discord.event).deferReply(true);
        MessageEmbed embed = edited(discord).getEmbeds().get(0);
        assertThat(embed.getFields().get(0).getName()).isEqualTo("Nguồn");
        assertThat(embed.getFooter().getText()).startsWith("Tiếng Việt");
    }

    @Test
    @DisplayName("in a channel the server's admins left out, /ask is refused privately")
    void serverChannels() {
        ServerSettings server = new ServerSettings(
                AnswerLanguage.AUTO, Set.of("201"), Set.of(), "", false, true, OptionalInt.empty(), Map.of());
        AskCommand ask = new AskCommand(
                fixture.get().answers(),
                DiscordMocks.gate(DiscordMocks.config(5, List.of()), guild -> server),
                java.time.Clock.systemUTC(),
                fixture.questions(),
                fixture.threads(),
                guild -> server,
                new dev.backchannel.ops.Metrics());
        DiscordMocks discord =
                new DiscordMocks("ask", DiscordLocale.ENGLISH_US).option("question", "What is Track II diplomacy?");

        ask.handle(discord.event);

        assertThat(replied(discord).getContent()).contains("not enabled in this channel");
        verify(discord.event, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
    }
}
