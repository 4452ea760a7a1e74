package dev.backchannel.store;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one server's admins chose; a setting they never changed has its default. Ids are Discord
 * snowflakes as text.
 *
 * @param answerChannels channels (or parents of threads) where the bot answers mentions and runs
 *     sessions, besides its help desks; empty: everywhere it can read
 * @param ignoredChannels channels where it never answers, whatever else says
 * @param educatorRoleId the role whose members count as educators here; empty: the operator's
 * @param privateAnswers whether {@code /ask} answers privately unless the asker says otherwise
 * @param llmEnabled whether a language model writes answers here, when the operator has one
 * @param userQuestionsPerMinute this server's per-user limit; empty: the operator's
 * @param helpDesks forum channels whose posts are questions, each with the tag that marks a post
 *     the bot could not answer (empty: no tag)
 */
public record ServerSettings(
        AnswerLanguage language,
        Set<String> answerChannels,
        Set<String> ignoredChannels,
        String educatorRoleId,
        boolean privateAnswers,
        boolean llmEnabled,
        OptionalInt userQuestionsPerMinute,
        Map<String, String> helpDesks) {

    public static final ServerSettings DEFAULTS =
            new ServerSettings(AnswerLanguage.AUTO, Set.of(), Set.of(), "", false, true, OptionalInt.empty(), Map.of());

    public ServerSettings {
        answerChannels = Collections.unmodifiableSet(new TreeSet<>(answerChannels));
        ignoredChannels = Collections.unmodifiableSet(new TreeSet<>(ignoredChannels));
        helpDesks = Collections.unmodifiableMap(new LinkedHashMap<>(helpDesks));
    }

    /** The settings from their stored values; a value that cannot be read counts as the default. */
    public static ServerSettings of(Map<Setting, String> stored) {
        return new ServerSettings(
                stored.containsKey(Setting.LANGUAGE)
                        ? AnswerLanguage.of(stored.get(Setting.LANGUAGE))
                        : DEFAULTS.language(),
                ids(stored.get(Setting.ANSWER_CHANNELS)),
                ids(stored.get(Setting.IGNORED_CHANNELS)),
                stored.getOrDefault(Setting.EDUCATOR_ROLE, DEFAULTS.educatorRoleId()),
                stored.containsKey(Setting.PRIVATE_ANSWERS)
                        ? Boolean.parseBoolean(stored.get(Setting.PRIVATE_ANSWERS))
                        : DEFAULTS.privateAnswers(),
                stored.containsKey(Setting.LLM) ? Boolean.parseBoolean(stored.get(Setting.LLM)) : DEFAULTS.llmEnabled(),
                perMinute(stored.get(Setting.USER_QUESTIONS_PER_MINUTE)),
                helpDesks(stored.get(Setting.HELP_DESKS)));
    }

    /**
     * Whether the bot answers in a channel (for a thread: its parent), by these settings alone. A
     * help desk is a place to answer even when answers are kept to a few channels; an ignored
     * channel is never one.
     */
    public boolean answersIn(String channelId) {
        return !ignoredChannels.contains(channelId)
                && (answerChannels.isEmpty() || answerChannels.contains(channelId) || helpDesks.containsKey(channelId));
    }

    /** A set of ids as stored: sorted, comma-separated. */
    public static String idsValue(Set<String> ids) {
        return String.join(",", new TreeSet<>(ids));
    }

    public static Set<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Help desks as stored: {@code forum:tag} pairs, comma-separated; the tag may be empty. */
    public static String helpDesksValue(Map<String, String> desks) {
        return desks.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public static Map<String, String> helpDesks(String value) {
        Map<String, String> desks = new LinkedHashMap<>();
        for (String forum : ids(value)) {
            int colon = forum.indexOf(':');
            desks.put(colon < 0 ? forum : forum.substring(0, colon), colon < 0 ? "" : forum.substring(colon + 1));
        }
        return desks;
    }

    private static OptionalInt perMinute(String value) {
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
