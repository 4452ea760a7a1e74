package dev.backchannel.answer;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import dev.backchannel.retrieval.Retriever;
import dev.backchannel.serving.KnowledgeHolder;
import dev.backchannel.serving.ServedKnowledge;
import dev.backchannel.serving.ServerKnowledge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer API every front end uses: a question in, a cited answer or a reasoned abstention
 * out. It decides whether the evidence is strong enough; the composer decides the words. Each
 * question is answered from one knowledge version from start to finish, even when a reload swaps
 * in another meanwhile.
 */
public final class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private static final int MAX_SUGGESTIONS = 3;

    private final QuestionSanitizer sanitizer;
    private final KnowledgeHolder served;
    private final Function<ServedKnowledge, Retriever> retrievers;
    private final ExtractiveComposer composer;
    private final Abstention abstention;
    private final List<String> startingPoints;
    private final Optional<LlmAnswerer> llm;
    private final Optional<ServerKnowledge> servers;

    /**
     * @param served the knowledge versions, one leased per question
     * @param retrievers the retriever to use over a version
     * @param servers the servers' own knowledge, when questions may name a server in their options
     */
    public AnswerService(
            QuestionSanitizer sanitizer,
            KnowledgeHolder served,
            Function<ServedKnowledge, Retriever> retrievers,
            ExtractiveComposer composer,
            Optional<LlmAnswerer> llm,
            Abstention abstention,
            List<String> startingPoints,
            Optional<ServerKnowledge> servers) {
        this.servers = servers;
        this.sanitizer = sanitizer;
        this.llm = llm;
        this.served = served;
        this.retrievers = retrievers;
        this.composer = composer;
        this.abstention = abstention;
        this.startingPoints = List.copyOf(startingPoints);
    }

    /**
     * Answers one question.
     *
     * @throws InvalidQuestionException when the input is not a question (empty, binary, too long)
     */
    public Answer ask(String rawQuestion) {
        return ask(rawQuestion, new Conversation());
    }

    /**
     * Checks that the input is a question this service will take, before a front end commits to
     * answering it (Discord: before deferring, so a refusal can be private).
     *
     * @throws InvalidQuestionException with the message to show
     */
    public void check(String rawQuestion) {
        sanitizer.clean(rawQuestion);
    }

    /** Answers a question in a conversation and remembers the turn in it. */
    public Answer ask(String rawQuestion, Conversation conversation) {
        return ask(rawQuestion, conversation, PartialAnswers.NONE);
    }

    /**
     * Answers a question in a conversation, passing a language model's text to {@code partial} as it
     * is written when the provider streams.
     */
    public Answer ask(String rawQuestion, Conversation conversation, PartialAnswers partial) {
        return ask(rawQuestion, conversation, partial, AnswerOptions.DEFAULT);
    }

    /** Answers as {@link #ask(String, Conversation, PartialAnswers)}, in a chosen language or without the model. */
    public Answer ask(String rawQuestion, Conversation conversation, PartialAnswers partial, AnswerOptions options) {
        long start = System.nanoTime();
        String question = sanitizer.clean(rawQuestion);
        try (KnowledgeHolder.Lease lease = served.acquire()) {
            Optional<KnowledgeHolder.Lease> server =
                    options.server().flatMap(guild -> servers.flatMap(s -> s.acquire(lease.served(), guild)));
            try {
                return answer(
                        question,
                        conversation,
                        partial,
                        options,
                        server.map(KnowledgeHolder.Lease::served).orElse(lease.served()),
                        start);
            } finally {
                server.ifPresent(KnowledgeHolder.Lease::close);
            }
        }
    }

    private Answer answer(
            String question,
            Conversation conversation,
            PartialAnswers partial,
            AnswerOptions options,
            ServedKnowledge version,
            long start) {
        Retrieval found = retrievers
                .apply(version)
                .retrieve(
                        question,
                        asked -> version.reader().read(asked, conversation.last()),
                        conversation.recentTopics());
        Retrieval retrieval =
                ParallelPassages.in(found, options.language().orElse(found.language()), version.knowledge());
        long retrieved = System.nanoTime();
        String text;
        List<Citation> citations = List.of();
        List<Suggestion> suggestions = List.of();
        AnswerMode mode = AnswerMode.EXTRACTIVE;
        String fallbackReason = "";
        Optional<AbstainReason> abstainReason = abstention.reason(found);
        boolean abstained = abstainReason.isPresent();
        boolean smallTalk =
                abstainReason.filter(AbstainReason.SMALL_TALK::equals).isPresent();
        log.debug(
                "lang={} type={} coverage={} similarity={} named={} hits={} abstained={}",
                retrieval.language(),
                retrieval.type(),
                String.format("%.2f", retrieval.coverage()),
                String.format("%.3f", retrieval.similarity()),
                retrieval.named(),
                retrieval.hits().size(),
                abstainReason.map(AbstainReason::code).orElse("no"));
        if (abstained) {
            suggestions = suggestions(retrieval, smallTalk, version.knowledge());
            text = smallTalk
                    ? Messages.greeting(retrieval.language(), suggestions)
                    : Messages.abstention(retrieval.language(), suggestions);
        } else {
            Optional<LlmAnswerer.Outcome> written = llm.filter(model -> options.useModel())
                    .map(model -> model.write(retrieval, passages(retrieval), conversation, partial));
            if (written.isPresent() && written.get() instanceof LlmAnswerer.Written model) {
                mode = AnswerMode.LLM;
                text = model.text();
                citations = model.cited().stream()
                        .sorted()
                        .map(n -> new Citation(n, model.passages().get(n - 1)))
                        .toList();
            } else {
                ExtractiveComposer.Composition composition = composer.compose(retrieval, conversation.earlierAnswers());
                text = composition.text();
                citations = composition.citations();
                fallbackReason = written.map(outcome -> ((LlmAnswerer.Failed) outcome).reason())
                        .orElse("");
            }
        }
        long done = System.nanoTime();
        Answer answer = new Answer(
                question,
                retrieval.language(),
                text,
                abstained,
                mode,
                citations,
                suggestions,
                new Timings(millis(retrieved - start), millis(done - retrieved), millis(done - start)),
                fallbackReason,
                abstainReason);
        conversation.remember(answer);
        return answer;
    }

    /** Whether a language model is configured, so a front end can offer to turn it off. */
    public boolean hasModel() {
        return llm.isPresent();
    }

    private static List<Passage> passages(Retrieval retrieval) {
        return AnswerPassages.best(retrieval, Integer.MAX_VALUE).stream()
                .map(Hit::passage)
                .toList();
    }

    private List<Suggestion> suggestions(Retrieval retrieval, boolean smallTalk, KnowledgeBase knowledge) {
        Set<String> ids = new LinkedHashSet<>();
        if (!smallTalk && Abstention.coverage(retrieval) > 0) {
            retrieval.hits().stream().map(Hit::passage).map(Passage::topicId).forEach(ids::add);
        }
        ids.addAll(startingPoints);
        List<Suggestion> suggestions = new ArrayList<>();
        for (String id : ids) {
            knowledge
                    .topicPreferring(id, retrieval.language())
                    .map(Topic::title)
                    .ifPresent(title -> suggestions.add(new Suggestion(id, title)));
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
        }
        return suggestions;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
