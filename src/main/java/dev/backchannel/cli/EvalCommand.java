package dev.backchannel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.Backchannel;
import dev.backchannel.answer.AbstainReason;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.config.RetrievalMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backchannel eval}: runs a question file through the pipeline in one process and, where
 * lines say which topics they expect, measures retrieval as users see it: over the cited topics.
 * Every retrieval mode is measured on the same index; the answers written are the configured
 * mode's.
 */
@Command(
        name = "eval",
        description = "Answer every question of a JSONL file; with \"expect\" ids, print "
                + "recall, MRR and abstention accuracy per retrieval mode.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--questions",
            paramLabel = "FILE.jsonl",
            description =
                    "One {\"id\", \"question\", \"expect\": [ids], \"key\": [facts], \"turns\": [earlier questions]} per line.")
    private Path questions;

    @Option(
            names = "--panel",
            description = "Print each question beside its answer for a person to read, instead of measuring "
                    + "(questions default to " + PANEL + ").")
    private boolean panel;

    private static final String PANEL = "src/test/resources/eval/panel.jsonl";

    @Option(
            names = "--out",
            paramLabel = "FILE.jsonl",
            description =
                    "Where to write the answers (default: standard output; the tables then go to standard error).")
    private Path out;

    @Option(
            names = "--modes",
            split = ",",
            paramLabel = "MODE",
            description =
                    "Retrieval modes to measure (default: bm25,dense,hybrid; dense ones only with an embedding model).")
    private List<RetrievalMode> modes = List.of(RetrievalMode.BM25, RetrievalMode.DENSE, RetrievalMode.HYBRID);

    /**
     * One line of a question file.
     *
     * @param keys key facts, any one of which a right answer contains; none when the line has no
     *     {@code "key"}
     */
    /**
     * @param turns the earlier questions of its conversation, asked first, oldest first
     */
    private record Question(
            String id,
            String text,
            Optional<List<String>> expect,
            List<String> keys,
            List<String> turns,
            Map<String, String> groups) {

        /** Asks the earlier turns, then this question, in one conversation. */
        Answer askWith(AnswerService answers) {
            Conversation conversation = new Conversation();
            for (String turn : turns) {
                try {
                    answers.ask(turn, conversation);
                } catch (InvalidQuestionException e) {
                    // An earlier turn that is not a question leaves the conversation as it was, as in a chat.
                }
            }
            return answers.ask(text, conversation);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (questions == null && !panel) {
            throw new ParameterException(spec.commandLine(), "Missing option: --questions");
        }
        Backchannel app = root.app();
        List<Question> all = read(questions != null ? questions : Path.of(PANEL));
        PrintWriter stdout = spec.commandLine().getOut();
        if (panel) {
            for (Question question : all) {
                try {
                    PanelPrinter.print(
                            question.id(), question.turns(), question.text(), question.askWith(app.answers()), stdout);
                } catch (InvalidQuestionException e) {
                    stdout.println(question.id() + ": " + e.getMessage());
                }
            }
            return 0;
        }
        PrintWriter report = out != null ? stdout : spec.commandLine().getErr();
        try (Writer writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PrintWriter progress = spec.commandLine().getErr();
            int done = 0;
            for (Question question : all) {
                String json = AnswerJson.write(result(app.answers(), question));
                if (root.atTerminal()) {
                    // A set of hundreds of questions takes a minute: a person at a terminal sees it move.
                    progress.print("\r\033[Kanswered " + ++done + "/" + all.size());
                    progress.flush();
                }
                if (writer != null) {
                    writer.write(json);
                    writer.write('\n');
                } else {
                    stdout.println(json);
                }
            }
        }
        if (root.atTerminal()) {
            spec.commandLine().getErr().println();
        }
        if (all.stream().anyMatch(q -> q.expect().isPresent())) {
            for (RetrievalMode mode : modes) {
                Optional<AnswerService> answers = app.answersWith(mode);
                if (answers.isEmpty()) {
                    report.printf(
                            "%n%s: skipped (embedding.model is none)%n",
                            mode.name().toLowerCase(Locale.ROOT));
                    continue;
                }
                List<EvalMetrics.Outcome> outcomes = new ArrayList<>();
                for (Question question : all) {
                    question.expect().ifPresent(expect -> outcomes.add(outcome(answers.get(), question, expect)));
                }
                report.printf(
                        "%n%s%n%s%n%s",
                        mode.name().toLowerCase(Locale.ROOT),
                        EvalMetrics.table(outcomes),
                        EvalMetrics.reasons(outcomes));
            }
        }
        report.flush();
        stdout.flush();
        return 0;
    }

    private static List<Question> read(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode input = AnswerJson.mapper().readTree(line);
            Optional<List<String>> expect = Optional.empty();
            if (input.has("expect") && input.get("expect").isArray()) {
                List<String> ids = new ArrayList<>();
                input.get("expect").forEach(node -> ids.add(node.asText()));
                expect = Optional.of(ids);
            }
            Map<String, String> groups = new LinkedHashMap<>();
            for (String field : List.of("lang", "type")) {
                if (input.hasNonNull(field)) {
                    groups.put(field, input.get(field).asText());
                }
            }
            List<String> keys = new ArrayList<>();
            input.path("key").forEach(node -> keys.add(node.asText()));
            List<String> turns = new ArrayList<>();
            input.path("turns").forEach(node -> turns.add(node.asText()));
            questions.add(new Question(
                    input.path("id").asText("line-" + lineNumber),
                    input.path("question").asText(""),
                    expect,
                    keys,
                    turns,
                    groups));
        }
        return questions;
    }

    private static ObjectNode result(AnswerService answers, Question question) {
        ObjectNode line = AnswerJson.mapper().createObjectNode().put("id", question.id());
        try {
            line.setAll(AnswerJson.toJson(question.askWith(answers)));
        } catch (InvalidQuestionException e) {
            line.put("error", e.getMessage());
        }
        return line;
    }

    private static EvalMetrics.Outcome outcome(AnswerService answers, Question question, List<String> expect) {
        try {
            Answer answer = question.askWith(answers);
            Optional<Boolean> keyFound = question.keys().isEmpty()
                    ? Optional.empty()
                    : Optional.of(EvalMetrics.containsAny(answer.text(), question.keys()));
            return new EvalMetrics.Outcome(
                    question.id(),
                    expect,
                    answer.citedTopicIds(),
                    answer.abstainReason().map(AbstainReason::code),
                    keyFound,
                    question.groups());
        } catch (InvalidQuestionException e) {
            return new EvalMetrics.Outcome(
                    question.id(),
                    expect,
                    List.of(),
                    Optional.of("invalid_question"),
                    question.keys().isEmpty() ? Optional.empty() : Optional.of(false),
                    question.groups());
        }
    }
}
