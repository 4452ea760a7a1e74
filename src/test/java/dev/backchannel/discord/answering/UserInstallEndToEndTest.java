package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.discord.fake.BotOnFakeDiscord;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.ModalSubmit;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.RecordedQuestion;
import dev.backchannel.store.ReportScope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A student who added Backchannel to their own account: the commands they may use anywhere are
 * registered for both installs and all three contexts, and /ask works in the bot's DM and in a
 * group DM, where the bot is no member, answered through the interaction alone.
 */
final class UserInstallEndToEndTest {

    private static final long GUILD = 1_500_000_000_000_000_001L;
    private static final long CHANNEL = 1_500_000_000_000_000_002L;
    private static final long DM = 1_500_000_000_000_000_010L;
    private static final FakeUser CAROL = FakeUser.person(1_500_000_000_000_000_003L, "carol");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Set<String> ANYWHERE =
            Set.of("ask", "define", "track", "example", "timeline", "topics", "help", "about", "Ask Backchannel");

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord running;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder()
                .guild(GuildFixture.builder(GUILD, "class")
                        .textChannel(CHANNEL, "general")
                        .member(CAROL)
                        .build())
                .start();
        running = BotOnFakeDiscord.start(discord, temp, 20);
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
        discord.close();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    @DisplayName(
            "the seven student commands and Ask Backchannel (Hỏi Backchannel) are registered for server and user installs in servers, the bot's DM "
                    + "and group DMs; educator and admin commands for server installs in servers only")
    void registration() throws Exception {
        RecordedRequest put = discord.awaitRequest("PUT", "/applications/*/commands", WAIT);

        List<String> seen = new ArrayList<>();
        for (JsonNode command : put.body()) {
            String name = command.path("name").asText();
            seen.add(name);
            if (command.path("type").asInt() == 3) {
                assertThat(command.path("name_localizations").path("vi").asText())
                        .as("the message command, in Vietnamese")
                        .isEqualTo("Hỏi Backchannel");
            }
            if (ANYWHERE.contains(name)) {
                assertThat(texts(command.path("integration_types"))).as(name).containsExactlyInAnyOrder("0", "1");
                assertThat(texts(command.path("contexts"))).as(name).containsExactlyInAnyOrder("0", "1", "2");
            } else {
                assertThat(texts(command.path("integration_types"))).as(name).containsExactly("0");
                assertThat(texts(command.path("contexts"))).as(name).containsExactly("0");
            }
        }
        assertThat(seen).containsAll(ANYWHERE).contains("session", "quiz", "report", "settings");
    }

    @ParameterizedTest
    @EnumSource(
            value = SlashCommand.Place.class,
            names = {"BOT_DM", "GROUP_DM"})
    @DisplayName("/ask from a user install outside any server is answered through the interaction, and recorded "
            + "under no server")
    void askOutsideAServer(SlashCommand.Place place) throws Exception {
        SentInteraction sent =
                discord.dispatchSlashCommand(SlashCommand.userInstalled("ask", place, DM + place.ordinal(), CAROL)
                        .withOption("question", "What is Track II diplomacy?"));

        RecordedRequest callback = discord.awaitRequest("POST", sent.callbackPath(), WAIT);
        RecordedRequest edit = discord.awaitRequest("PATCH", sent.originalPath(), WAIT);

        assertThat(callback.body().path("type").asInt()).isEqualTo(5);
        assertThat(edit.body().path("embeds").get(0).path("description").asText())
                .contains("Track II")
                .contains("[1]");
        assertThat(discord.requests())
                .noneMatch(r ->
                        r.path().contains("/threads") || r.path().startsWith("/channels/" + (DM + place.ordinal())));
        QuestionLog log = new QuestionLog(running.database());
        List<RecordedQuestion> recorded = log.questionsSince(Instant.EPOCH, ReportScope.everywhere());
        assertThat(recorded).anyMatch(q -> q.question().equals("What is Track II diplomacy?"));
        assertThat(log.questionsSince(Instant.EPOCH, ReportScope.server(Long.toUnsignedString(GUILD))))
                .isEmpty();
    }

    @Test
    @DisplayName("in the bot's DM, Follow up opens a modal instead of a thread, and the question asked in it is "
            + "answered in the same conversation, twice over")
    void followUpThroughAModal() throws Exception {
        long dm = DM + 7;
        SentInteraction ask =
                discord.dispatchSlashCommand(SlashCommand.userInstalled("ask", SlashCommand.Place.BOT_DM, dm, CAROL)
                        .withOption("question", "What is the Oslo back channel?"));
        discord.awaitRequest("PATCH", ask.originalPath(), WAIT);

        SentInteraction click = discord.dispatchButtonClick(
                ButtonClick.of("bc:thread:" + ask.id(), 1_500_000_000_000_000_099L, 0, dm, CAROL));
        RecordedRequest modal = discord.awaitRequest("POST", click.callbackPath(), WAIT);

        assertThat(modal.body().path("type").asInt()).as("a modal").isEqualTo(9);
        String modalId = modal.body().path("data").path("custom_id").asText();
        assertThat(modalId).startsWith("bcf:");
        assertThat(discord.requests()).noneMatch(r -> r.path().contains("/threads"));

        SentInteraction first =
                discord.dispatchModalSubmit(ModalSubmit.inDm(modalId, dm, CAROL, "question", "who hosted it?"));
        RecordedRequest firstAnswer = discord.awaitRequest("PATCH", first.originalPath(), WAIT);
        assertThat(firstAnswer.body().path("embeds").get(0).path("description").asText())
                .contains("Norw")
                .contains("[1]");

        SentInteraction again = discord.dispatchButtonClick(
                ButtonClick.of("bc:thread:" + first.id(), 1_500_000_000_000_000_098L, 0, dm, CAROL));
        RecordedRequest secondModal = discord.awaitRequest("POST", again.callbackPath(), WAIT);
        assertThat(secondModal.body().path("data").path("custom_id").asText())
                .as("the same conversation")
                .isEqualTo(modalId);
        SentInteraction second =
                discord.dispatchModalSubmit(ModalSubmit.inDm(modalId, dm, CAROL, "question", "and what came of it?"));
        RecordedRequest secondAnswer = discord.awaitRequest("PATCH", second.originalPath(), WAIT);
        assertThat(secondAnswer.body().path("embeds").get(0).path("description").asText())
                .containsAnyOf("Oslo", "1993");
    }
}
