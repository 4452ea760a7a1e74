package dev.backchannel.quiz;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A person's quiz progress as they read it, in their language: answers and accuracy, accuracy by
 * format, and the topics they missed most, by title; the same on Discord and in the console.
 */
public final class ProgressReport {

    private final Supplier<KnowledgeBase> knowledge;
    private final QuizWords words;
    private final int missedTopics;

    /** @param missedTopics how many of the topics missed most are listed and quizzed on */
    public ProgressReport(Supplier<KnowledgeBase> knowledge, QuizWords words, int missedTopics) {
        this.knowledge = knowledge;
        this.words = words;
        this.missedTopics = missedTopics;
    }

    /** A report with the words and rules shipped with Backchannel. */
    public static ProgressReport shipped(Supplier<KnowledgeBase> knowledge) {
        return new ProgressReport(
                knowledge, QuizWords.shipped(), QuizRules.shipped().missedTopics());
    }

    /** How many of the topics missed most are listed: what to ask the store for. */
    public int missedTopics() {
        return missedTopics;
    }

    public List<String> lines(QuizProgress progress, Language language) {
        List<String> lines = new ArrayList<>();
        if (progress.answered() == 0) {
            lines.add(words.say(language, "progress-none"));
            return lines;
        }
        lines.add(words.say(
                language,
                "progress",
                "answered",
                progress.answered(),
                "correct",
                progress.correct(),
                "percent",
                progress.percent()));
        for (QuizFormat format : QuizFormat.values()) {
            QuizProgress.Tally tally = progress.byFormat().get(format);
            if (tally != null) {
                lines.add("- "
                        + words.say(
                                language,
                                "progress-format",
                                "format",
                                words.format(language, format),
                                "correct",
                                tally.correct(),
                                "answered",
                                tally.answered(),
                                "percent",
                                tally.percent()));
            }
        }
        List<QuizProgress.Missed> missed = missed(progress);
        if (missed.isEmpty()) {
            lines.add(words.say(language, "progress-no-misses"));
            return lines;
        }
        lines.add(words.say(language, "progress-missed"));
        KnowledgeBase base = knowledge.get();
        for (QuizProgress.Missed topic : missed) {
            String title = base.topicPreferring(topic.topicId(), language)
                    .map(TopicNames::shortTitle)
                    .orElse(topic.topicId());
            lines.add("- " + words.say(language, "progress-missed-topic", "title", title, "misses", topic.misses()));
        }
        return lines;
    }

    /** The missed topics a practice quiz asks about: those the knowledge base still has. */
    public Set<String> practiceTopics(QuizProgress progress) {
        return missed(progress).stream().map(QuizProgress.Missed::topicId).collect(Collectors.toSet());
    }

    private List<QuizProgress.Missed> missed(QuizProgress progress) {
        KnowledgeBase base = knowledge.get();
        return progress.missed().stream()
                .filter(topic ->
                        base.topicPreferring(topic.topicId(), Language.EN).isPresent())
                .toList();
    }
}
