package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Multiple-choice questions made from the knowledge base without a language model: a topic's
 * one-sentence summary with its name hidden, the topic and three of the same kind to choose from,
 * and the topic's opening passage as the explanation. Every question is answerable from a
 * passage the bot can cite.
 */
public final class QuizGenerator {

    private static final int OPTIONS = 4;
    private static final String HIDDEN = "▁▁▁";

    private final Supplier<KnowledgeBase> knowledge;

    /** @param knowledge the version being served, read once per quiz */
    public QuizGenerator(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param kind only topics of this kind, or any
     * @param random decides topics and option order; seeded in tests
     */
    public Quiz generate(String id, Language language, int count, Optional<Kind> kind, Random random) {
        KnowledgeBase knowledge = this.knowledge.get();
        List<Topic> pool = new ArrayList<>(knowledge.topics().stream()
                .filter(t -> t.language() == language)
                .filter(t -> kind.isEmpty() || t.kind() == kind.get())
                .toList());
        Collections.shuffle(pool, random);
        List<QuizQuestion> questions = new ArrayList<>();
        for (Topic topic : pool) {
            if (questions.size() == count) {
                break;
            }
            question(knowledge, topic, random, language).ifPresent(questions::add);
        }
        return new Quiz(id, language, questions);
    }

    private static Optional<QuizQuestion> question(
            KnowledgeBase knowledge, Topic topic, Random random, Language language) {
        // Distractors of the same kind make a fair question; other kinds fill in when there are few.
        List<Topic> others = new ArrayList<>(knowledge.topics().stream()
                .filter(t -> t.language() == language && !t.id().equals(topic.id()))
                .toList());
        if (others.size() < OPTIONS - 1) {
            return Optional.empty();
        }
        Collections.shuffle(others, random);
        List<Topic> siblings = new ArrayList<>(
                others.stream().filter(t -> t.kind() == topic.kind()).toList());
        others.stream().filter(t -> t.kind() != topic.kind()).forEach(siblings::add);
        List<String> options = new ArrayList<>();
        options.add(topic.title());
        siblings.stream().limit(OPTIONS - 1).map(Topic::title).forEach(options::add);
        Collections.shuffle(options, random);
        String prompt = (language == Language.VI ? "Mô tả sau nói về chủ đề nào? " : "Which topic does this describe? ")
                + "«" + hideName(topic) + "»";
        Passage opening = knowledge.passages().stream()
                .filter(p -> p.topicId().equals(topic.id()) && p.language() == language)
                .findFirst()
                .orElseThrow();
        String explanation =
                Sentences.split(opening.text()).stream().findFirst().orElse(opening.text()) + " [1]";
        return Optional.of(new QuizQuestion(
                prompt,
                options,
                options.indexOf(topic.title()),
                explanation,
                opening.title() + " — " + opening.section(),
                opening.firstUrl()));
    }

    /** The summary without the topic's own names, which would give the answer away. */
    private static String hideName(Topic topic) {
        String summary = topic.summary();
        List<String> names = new ArrayList<>(topic.aliases());
        names.add(topic.title());
        names.add(topic.title().replaceAll("\\s*\\(.*\\)", ""));
        names.sort((a, b) -> b.length() - a.length());
        for (String name : names) {
            if (TextFolding.foldWords(name).length() >= 3) {
                summary = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(summary)
                        .replaceAll(HIDDEN);
            }
        }
        return summary;
    }
}
