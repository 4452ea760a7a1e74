package dev.backchannel.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.Fixtures;
import dev.backchannel.discord.fake.ButtonClick;
import dev.backchannel.discord.fake.FakeDiscord;
import dev.backchannel.discord.fake.FakeUser;
import dev.backchannel.discord.fake.GuildFixture;
import dev.backchannel.discord.fake.RecordedRequest;
import dev.backchannel.discord.fake.SentInteraction;
import dev.backchannel.discord.fake.SlashCommand;
import dev.backchannel.discord.fake.Snowflakes;
import dev.backchannel.notes.NoteFiles;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.store.CourseNoteStore;
import dev.backchannel.store.Database;
import dev.backchannel.store.Quizzes;
import dev.backchannel.store.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes from the shaded jar, shards 0 and 1 of 2, on one PostgreSQL database, against
 * the fake Discord serving a guild on each shard: what a fleet must survive.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
final class FleetIT {

    private static final long GUILD_0 = Snowflakes.fixture(2);
    private static final long GUILD_1 = Snowflakes.fixture(3);
    private static final long CHANNEL_0 = Snowflakes.fixture(12);
    private static final long CHANNEL_1 = Snowflakes.fixture(13);
    private static final FakeUser ANA = FakeUser.person(Snowflakes.fixture(21), "ana");
    private static final FakeUser BINH = FakeUser.person(Snowflakes.fixture(22), "binh");
    private static final FakeUser CHI = FakeUser.person(Snowflakes.fixture(23), "chi");
    /** Asks about course notes only, so the rate limit test's questions leave her room. */
    private static final FakeUser DUNG = FakeUser.person(Snowflakes.fixture(24), "dung");

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    static Path temp;

    private static FakeDiscord discord;
    private static Database database;
    private static Map<String, String> environment;
    private static String config;
    private static BotProcess shard0;
    private static BotProcess shard1;

    @BeforeAll
    static void startFleet() throws Exception {
        String jdbcUrl = TestPostgres.freshDatabase();
        discord = FakeDiscord.builder()
                .shards(2)
                .guild(GuildFixture.builder(GUILD_0, "even")
                        .textChannel(CHANNEL_0, "general")
                        .member(ANA)
                        .member(BINH)
                        .member(CHI)
                        .member(DUNG)
                        .build())
                .guild(GuildFixture.builder(GUILD_1, "odd")
                        .textChannel(CHANNEL_1, "general")
                        .member(ANA)
                        .member(BINH)
                        .member(CHI)
                        .member(DUNG)
                        .build())
                .start();
        database = Database.open(jdbcUrl, Clock.systemUTC());
        environment = Map.of(
                "DISCORD_TOKEN",
                discord.token(),
                "BACKCHANNEL_JDBC_URL",
                jdbcUrl,
                "BACKCHANNEL_KNOWLEDGE_DIR",
                Fixtures.fixtureKnowledge().toString(),
                "BACKCHANNEL_EMBEDDING_MODEL",
                "none");
        config = "discord:\n"
                + "  rest-base-url: \"" + discord.restBaseUrl() + "\"\n"
                + "  gateway-url: \"" + discord.gatewayUrl() + "\"\n"
                + "  user-questions-per-minute: 3\n"
                + "  channel-questions-per-minute: 100000\n";
        shard0 = BotProcess.start("shard-0", 0, 2, temp.resolve("p0"), environment, config, START);
        shard1 = BotProcess.start("shard-1", 1, 2, temp.resolve("p1"), environment, config, START);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        for (BotProcess process : new BotProcess[] {shard0, shard1}) {
            if (process != null) {
                process.close();
            }
        }
        if (database != null) {
            database.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    private static void assertHealthy(BotProcess process) throws Exception {
        HttpResponse<String> health = process.ops("/healthz");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("index: ok").contains("database: ok").contains("shards: ok");
    }

    private static JsonNode ask(long guild, long channel, FakeUser user, String question) throws Exception {
        SentInteraction sent = discord.dispatchSlashCommand(
                SlashCommand.of("ask", guild, channel, user).withOption("question", question));
        RecordedRequest answer = discord.awaitRequest(
                r -> r.is("PATCH", sent.originalPath())
                        || (r.is("POST", sent.callbackPath())
                                && r.body().path("type").asInt() == 4),
                WAIT);
        return answer.body();
    }

    @Test
    @Order(1)
    @DisplayName("both processes are healthy and answer on their own shard")
    void answersOnBothShards() throws Exception {
        assertHealthy(shard0);
        assertHealthy(shard1);

        JsonNode even = ask(GUILD_0, CHANNEL_0, ANA, "What is Track II diplomacy?");
        JsonNode odd = ask(GUILD_1, CHANNEL_1, ANA, "What is Track III diplomacy?");

        assertThat(even.path("embeds").get(0).path("description").asText()).contains("[1]");
        assertThat(odd.path("embeds").get(0).path("description").asText()).contains("[1]");
        assertThat(shard1.ops("/metrics").body())
                .contains("backchannel_questions_total{language=\"en\",mode=\"extractive\",outcome=\"answered\"} 1.0");
    }

    @Test
    @Order(2)
    @DisplayName("one user's rate limit holds across both processes")
    void rateLimitAcrossProcesses() throws Exception {
        List<String> replies = new ArrayList<>();
        long[][] places = {
            {GUILD_0, CHANNEL_0}, {GUILD_1, CHANNEL_1}, {GUILD_0, CHANNEL_0}, {GUILD_1, CHANNEL_1}, {GUILD_0, CHANNEL_0}
        };
        for (long[] place : places) {
            JsonNode reply = ask(place[0], place[1], CHI, "What is Track II diplomacy?");
            replies.add(
                    reply.has("embeds") && reply.path("embeds").size() > 0
                            ? "answered"
                            : reply.path("data").path("content").asText());
        }

        assertThat(replies.subList(0, 3)).containsOnly("answered");
        assertThat(replies.subList(3, 5)).allSatisfy(text -> assertThat(text).contains("second"));
    }

    private static String click(long guild, long channel, String customId, FakeUser user) throws Exception {
        SentInteraction click =
                discord.dispatchButtonClick(ButtonClick.of(customId, Snowflakes.next(), guild, channel, user));
        return discord.awaitRequest("POST", click.callbackPath(), WAIT)
                .body()
                .path("data")
                .path("content")
                .asText();
    }

    @Test
    @Order(3)
    @DisplayName("a quiz goes on after the process holding its guild is killed: "
            + "every acknowledged answer is kept, none counted twice")
    void quizSurvivesKill() throws Exception {
        SentInteraction start = discord.dispatchSlashCommand(SlashCommand.of("quiz", GUILD_1, CHANNEL_1, ANA)
                .withSubcommand("start")
                .withOption("count", 3L)
                .withOption("language", "en"));
        discord.awaitRequest("POST", start.callbackPath(), WAIT);
        Quiz quiz =
                new Quizzes(database).quiz(Long.toUnsignedString(start.id())).orElseThrow();
        String prefix = "bcq:" + quiz.id() + ":";
        int right0 = quiz.questions().get(0).correct();
        int right1 = quiz.questions().get(1).correct();
        int right2 = quiz.questions().get(2).correct();

        assertThat(click(GUILD_1, CHANNEL_1, prefix + "0:" + right0, ANA)).startsWith("✅");
        int options0 = quiz.questions().get(0).options().size();
        assertThat(click(GUILD_1, CHANNEL_1, prefix + "0:" + ((right0 + 1) % options0), BINH))
                .startsWith("❌");

        long killed = System.nanoTime();
        shard1.kill();
        HttpResponse<String> afterKill = shard0.ops("/healthz");
        shard1 = BotProcess.start("shard-1-replacement", 1, 2, temp.resolve("p1b"), environment, config, START);
        System.out.printf(
                java.util.Locale.ROOT,
                "FleetIT kill: shard 1's replacement was online %.1f s after SIGKILL%n",
                (System.nanoTime() - killed) / 1e9);
        assertHealthy(shard1);

        assertThat(click(GUILD_1, CHANNEL_1, prefix + "1:" + right1, ANA)).startsWith("✅");
        assertThat(click(GUILD_1, CHANNEL_1, prefix + "0:" + right0, ANA)).startsWith("You already answered");
        assertThat(click(GUILD_1, CHANNEL_1, prefix + "1:" + right1, BINH)).startsWith("✅");
        // The same click delivered twice, as a double-click or a redelivery would.
        click(GUILD_1, CHANNEL_1, prefix + "2:" + right2, BINH);
        assertThat(click(GUILD_1, CHANNEL_1, prefix + "2:" + right2, BINH)).startsWith("You already answered");

        assertThat(afterKill.statusCode())
                .as("the surviving shard stays healthy")
                .isEqualTo(200);
        assertThat(new Quizzes(database).scores(quiz.id()))
                .containsExactly(
                        new Quizzes.Score(Long.toUnsignedString(ANA.id()), 2, 2),
                        new Quizzes.Score(Long.toUnsignedString(BINH.id()), 2, 3));
    }

    @Test
    @Order(4)
    @DisplayName("course notes another process adds to a server's database rows are cited by the next question "
            + "in that server, by the process that serves its shard, and by no other server's")
    void courseNotesAddedElsewhere() throws Exception {
        String notes = NoteFiles.harborTalks();
        new CourseNoteStore(database)
                .put(Long.toUnsignedString(GUILD_1), "harbor-talks", "en", "Harbor talks", notes, "t", "teacher");

        JsonNode cited = ask(GUILD_1, CHANNEL_1, DUNG, "What are harbor talks?");
        JsonNode elsewhere = ask(GUILD_0, CHANNEL_0, DUNG, "What are harbor talks?");

        assertThat(cited.path("embeds").get(0).toString())
                .contains("ferry timetable")
                .contains("this server's notes, added by teacher");
        assertThat(elsewhere.path("embeds").get(0).toString()).doesNotContain("ferry", "server's notes");
    }

    @Test
    @Order(5)
    @DisplayName("load run: 300 /ask interactions over both processes, every one "
            + "deferred and answered; latency percentiles reported")
    void loadRun() throws Exception {
        List<String> questions = List.of(
                "What is Track II diplomacy?",
                "Ngoại giao nhánh II là gì?",
                "What is Track III diplomacy?",
                "ngoai giao nhanh III la gi",
                "What is a backchannel?");
        int count = 300;
        List<SentInteraction> sent = new ArrayList<>();
        long[] dispatched = new long[count];
        for (int i = 0; i < count; i++) {
            boolean even = i % 2 == 0;
            FakeUser user = FakeUser.person(Snowflakes.fixture(1_000 + i), "student" + i);
            dispatched[i] = System.nanoTime();
            sent.add(discord.dispatchSlashCommand(
                    SlashCommand.of("ask", even ? GUILD_0 : GUILD_1, even ? CHANNEL_0 : CHANNEL_1, user)
                            .withOption("question", questions.get(i % questions.size()))));
            // A steady 50 interactions a second, as a busy evening would bring, rather than one burst.
            Thread.sleep(20);
        }
        List<Double> deferred = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        // The two shards apart: the second is the replacement started by the kill test, a cold process.
        List<List<Double>> answeredByShard = List.of(new ArrayList<>(), new ArrayList<>());
        // Every interaction is accounted for: answered, or the reason it was not. The wait is
        // generous (a fleet on two shared cores can fall minutes behind): how fast is measured by
        // the fleet-load profile, not asserted.
        Duration patience = Duration.ofMinutes(5);
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SentInteraction interaction = sent.get(i);
            Optional<RecordedRequest> callback = awaited("POST", interaction.callbackPath(), patience);
            Optional<RecordedRequest> answer =
                    callback.isPresent() ? awaited("PATCH", interaction.originalPath(), patience) : Optional.empty();
            if (callback.isEmpty()) {
                unanswered.add(i + ": no reply at all");
            } else if (callback.get().body().path("type").asInt() != 5) {
                unanswered.add(i + ": replied at once instead of deferring: "
                        + callback.get().body());
            } else if (answer.isEmpty()) {
                unanswered.add(i + ": deferred, then no answer");
            } else if (!answer.get()
                    .body()
                    .path("embeds")
                    .path(0)
                    .path("description")
                    .asText()
                    .contains("[1]")) {
                unanswered.add(
                        i + ": answered without a citation: " + answer.get().body());
            } else {
                deferred.add((callback.get().receivedNanos() - dispatched[i]) / 1e6);
                answered.add((answer.get().receivedNanos() - dispatched[i]) / 1e6);
                answeredByShard.get(i % 2).add((answer.get().receivedNanos() - dispatched[i]) / 1e6);
            }
        }
        assertThat(unanswered).as("interactions not answered, with why").isEmpty();
        if (!Boolean.getBoolean("backchannel.fleet.load-report")) {
            return;
        }
        String report = String.format(
                java.util.Locale.ROOT,
                "FleetIT load run: %d /ask over 2 processes at 50/s; to deferred reply p50 %.1f ms "
                        + "p99 %.1f ms; to final answer p50 %.1f ms p99 %.1f ms (shard 0 p50 %.1f p99 %.1f, "
                        + "shard 1 p50 %.1f p99 %.1f); replies %d/%d%n",
                count,
                percentile(deferred, 50),
                percentile(deferred, 99),
                percentile(answered, 50),
                percentile(answered, 99),
                percentile(answeredByShard.get(0), 50),
                percentile(answeredByShard.get(0), 99),
                percentile(answeredByShard.get(1), 50),
                percentile(answeredByShard.get(1), 99),
                answered.size(),
                count);
        System.out.print(report);
        java.nio.file.Files.writeString(Path.of("target/fleet-load.txt"), report);
    }

    private Optional<RecordedRequest> awaited(String method, String path, Duration patience)
            throws InterruptedException {
        try {
            return Optional.of(discord.awaitRequest(method, path, patience));
        } catch (AssertionError none) {
            return Optional.empty();
        }
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
