package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.FixtureApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The daily purge of a running bot, on a real SQLite file. */
final class DailyPurgeTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    @Test
    @DisplayName("started with the bot, the purge deletes at once what is older than the retention")
    void purgesAtStartUp() throws Exception {
        String url = "jdbc:sqlite:" + temp.resolve("backchannel.db");
        Instant twoYearsAgo = Instant.now().minus(Duration.ofDays(730));
        try (Database past = Database.open(url, Clock.fixed(twoYearsAgo, ZoneOffset.UTC))) {
            new QuestionLog(past)
                    .recordQuestion(
                            fixture.get().answers().ask("What is Track II diplomacy?"),
                            QuestionOrigin.discord("100", "channel-1", "ana", false),
                            "answer-old");
        }

        try (Database database = Database.open(url, Clock.systemUTC());
                DailyPurge purge =
                        DailyPurge.start(new Retention(new PersonalData(database), 365, Clock.systemUTC()))) {
            QuestionLog questions = new QuestionLog(database);
            Instant deadline = Instant.now().plus(WAIT);
            while (questions.answer("answer-old").isPresent() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }

            assertThat(questions.answer("answer-old")).isEmpty();
        }
    }
}
