package dev.backchannel.cli;

import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.GeneratedQuiz;
import dev.backchannel.quiz.QuizFormat;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizQuestion;
import dev.backchannel.quiz.QuizRequest;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backchannel quiz [--json]}: quiz questions as the bot would ask them, with their answers and
 * citations, to read or to test in bulk; what each check rejected goes to standard error.
 */
@Command(
        name = "quiz",
        description = "Print generated quiz questions with their answers and cited explanations; "
                + "on standard error, what share of candidate questions each check rejected.")
final class QuizCommand implements Callable<Integer> {

    private static final int MOST = 500;

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--lang", defaultValue = "en", description = "en or vi (default: en)")
    private String lang;

    @Option(names = "--count", defaultValue = "5", description = "How many questions, 1 to " + MOST + " (default: 5)")
    private int count;

    @Option(names = "--kind", description = "Only questions about topics of this kind: track, term or example")
    private String kind;

    @Option(names = "--format", description = "Only questions of this format: topic, fact, track or term")
    private String format;

    @Option(names = "--seed", description = "Seed of the random choices, to make the same questions again")
    private Long seed;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--lang must be en or vi"));
        if (count < 1 || count > MOST) {
            throw new ParameterException(spec.commandLine(), "--count must be 1 to " + MOST);
        }
        Optional<Kind> wantedKind = kind == null
                ? Optional.empty()
                : Optional.of(Kind.fromCode(kind)
                        .orElseThrow(() ->
                                new ParameterException(spec.commandLine(), "--kind must be track, term or example")));
        Optional<QuizFormat> wantedFormat = format == null
                ? Optional.empty()
                : Optional.of(QuizFormat.fromCode(format)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "--format must be topic, fact, track or term")));
        long chosenSeed = seed != null ? seed : new Random().nextLong();
        // The files alone, as check and topics read them: questions need no index and no model.
        KnowledgeBase knowledge = new KnowledgeBase(
                KnowledgeLoader.limitedBy(root.config().knowledge())
                        .load(root.config().knowledge().dir())
                        .topics(),
                Chunker.standard(),
                "files");
        GeneratedQuiz generated = QuizGenerator.shipped(() -> knowledge)
                .generate(
                        QuizRequest.of("cli", language, count)
                                .ofKind(wantedKind)
                                .inFormat(wantedFormat),
                        new Random(chosenSeed));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QuizJson.toJson(generated.quiz(), chosenSeed, knowledge));
        } else {
            print(generated, out);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(QuizJson.summary(generated.tally()));
        err.flush();
        return 0;
    }

    private static void print(GeneratedQuiz generated, PrintWriter out) {
        int n = 0;
        for (QuizQuestion question : generated.quiz().questions()) {
            out.printf("%d. [%s, %s] %s%n", ++n, question.format().code(), question.topicId(), question.prompt());
            for (int o = 0; o < question.options().size(); o++) {
                out.printf(
                        "   %s %c. %s%n",
                        o == question.correct() ? "*" : " ",
                        'A' + o,
                        question.options().get(o));
            }
            out.printf("   %s%n   [1] %s %s%n%n", question.explanation(), question.sourceTitle(), question.sourceUrl());
        }
    }
}
