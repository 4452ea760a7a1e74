package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Server settings and their history on either database; subclasses say which one. */
abstract class ServerSettingsContract {

    static final String GUILD = "1200000000000000001";
    static final String ADMIN = "1200000000000000009";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:30:00Z"), ZoneOffset.UTC);

    /** The database under test; each call within one test returns the same one. */
    abstract String url();

    static Optional<String> set(ServerSettingsCache cache, Setting setting, String value) {
        return cache.change(GUILD, setting, old -> Optional.of(value), ADMIN).flatMap(SettingChange::newValue);
    }

    @Test
    @DisplayName("a server nobody configured has the defaults: the asker's language, "
            + "everywhere, public, model on, the operator's limit")
    void defaults() {
        try (Database database = Database.open(url(), CLOCK);
                ServerSettingsCache cache = ServerSettingsCache.open(database)) {
            assertThat(cache.get(GUILD)).isEqualTo(ServerSettings.DEFAULTS);
            assertThat(cache.history(GUILD, 10)).isEmpty();
        }
    }

    @Test
    @DisplayName("every setting is stored, read back after a restart, and each change is effective at the next read")
    void everySettingSurvivesRestart() {
        try (Database database = Database.open(url(), CLOCK);
                ServerSettingsCache cache = ServerSettingsCache.open(database)) {
            cache.get(GUILD);
            set(cache, Setting.LANGUAGE, "vi");
            set(cache, Setting.ANSWER_CHANNELS, ServerSettings.idsValue(Set.of("20", "10")));
            set(cache, Setting.IGNORED_CHANNELS, "30");
            set(cache, Setting.EDUCATOR_ROLE, "40");
            set(cache, Setting.PRIVATE_ANSWERS, "true");
            set(cache, Setting.LLM, "false");
            set(cache, Setting.USER_QUESTIONS_PER_MINUTE, "3");
            set(cache, Setting.HELP_DESKS, ServerSettings.helpDesksValue(Map.of("50", "60")));

            assertThat(cache.get(GUILD).language()).isEqualTo(AnswerLanguage.VI);
        }
        try (Database database = Database.open(url(), CLOCK);
                ServerSettingsCache cache = ServerSettingsCache.open(database)) {
            ServerSettings settings = cache.get(GUILD);

            assertThat(settings)
                    .isEqualTo(new ServerSettings(
                            AnswerLanguage.VI,
                            Set.of("10", "20"),
                            Set.of("30"),
                            "40",
                            true,
                            false,
                            OptionalInt.of(3),
                            Map.of("50", "60")));
            assertThat(settings.answersIn("10")).isTrue();
            assertThat(settings.answersIn("30")).isFalse();
            assertThat(settings.answersIn("99")).isFalse();
            assertThat(cache.get("another server")).isEqualTo(ServerSettings.DEFAULTS);
        }
    }

    @Test
    @DisplayName("each change is recorded with who, when, the old and the new value, "
            + "newest first; an unchanged value records nothing")
    void history() {
        try (Database database = Database.open(url(), CLOCK);
                ServerSettingsCache cache = ServerSettingsCache.open(database)) {
            set(cache, Setting.LANGUAGE, "vi");
            set(cache, Setting.LANGUAGE, "vi");
            set(cache, Setting.LANGUAGE, "en");
            cache.change(GUILD, Setting.LANGUAGE, old -> Optional.empty(), "someone else");

            List<SettingChange> changes = cache.history(GUILD, 10);

            assertThat(changes)
                    .containsExactly(
                            new SettingChange(
                                    GUILD,
                                    Setting.LANGUAGE,
                                    Optional.of("en"),
                                    Optional.empty(),
                                    "someone else",
                                    CLOCK.instant()),
                            new SettingChange(
                                    GUILD,
                                    Setting.LANGUAGE,
                                    Optional.of("vi"),
                                    Optional.of("en"),
                                    ADMIN,
                                    CLOCK.instant()),
                            new SettingChange(
                                    GUILD,
                                    Setting.LANGUAGE,
                                    Optional.empty(),
                                    Optional.of("vi"),
                                    ADMIN,
                                    CLOCK.instant()));
            assertThat(cache.history(GUILD, 2)).hasSize(2);
            assertThat(cache.history("another server", 10)).isEmpty();
            assertThat(cache.get(GUILD).language()).isEqualTo(AnswerLanguage.AUTO);
        }
    }

    @Test
    @DisplayName(
            "admins adding channels at the same time each get theirs: changes of one server are made one at a time")
    void concurrentAdds() throws Exception {
        try (Database database = Database.open(url(), CLOCK);
                ServerSettingsCache cache = ServerSettingsCache.open(database)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Object>> adds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String channel = "channel-" + i;
                adds.add(() -> cache.change(
                        GUILD,
                        Setting.ANSWER_CHANNELS,
                        old -> {
                            Set<String> ids = new java.util.TreeSet<>(ServerSettings.ids(old.orElse("")));
                            ids.add(channel);
                            return Optional.of(ServerSettings.idsValue(ids));
                        },
                        ADMIN));
            }
            for (Future<Object> done : pool.invokeAll(adds)) {
                done.get();
            }
            pool.shutdown();

            assertThat(cache.get(GUILD).answerChannels()).hasSize(8);
            assertThat(cache.history(GUILD, 20)).hasSize(8);
        }
    }
}
