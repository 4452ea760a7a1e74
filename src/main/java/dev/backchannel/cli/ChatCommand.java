package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.quiz.ProgressReport;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.QaSession;
import dev.backchannel.store.SessionReport;
import dev.backchannel.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel chat}: a conversation in the terminal, on the same pipeline as Discord. */
@Command(
        name = "chat",
        description =
                "Ask questions in a conversation; follow-ups use the previous turns. /help lists the chat's commands.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    static final String COMMANDS = String.join(
            "\n",
            "  /quiz [vi|en] [1-5]  a quiz of 1 to 5 questions (default: en, 3)",
            "  /quiz me [vi|en]     your quiz answers so far, and the topics you missed most",
            "  /quiz missed [vi|en] a quiz on the topics you missed most",
            "  /session export      save this chat as Markdown and JSON under data/exports",
            "  /new                 start a new conversation",
            "  /help                this list",
            "  /quit                leave (in a quiz: leave the quiz; also Ctrl-D)");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        AnswerService answers = root.app().answers();
        root.app().watchKnowledge();
        Conversation conversation = new Conversation();
        // One generator for the chat: it reads the knowledge once per version, not once per quiz.
        ConsoleQuiz quiz = new ConsoleQuiz(
                QuizGenerator.shipped(root.app()::knowledge),
                root::quizzes,
                ProgressReport.shipped(root.app()::knowledge),
                QuizWords.shipped(),
                System.getProperty("user.name", "console"));
        String sessionId = "console-" + UUID.randomUUID();
        out.println("Backchannel: ask about informal diplomacy in English or Vietnamese. /help lists the commands, "
                + "/quit leaves.");
        out.flush();
        try (ConsoleInput console = root.console()) {
            int width = console.width();
            while (true) {
                Optional<String> read = console.readLine("> ");
                if (read.isEmpty()) {
                    return 0;
                }
                String line = read.get().strip();
                String command = line.split("\\s+", 2)[0];
                if (line.isEmpty()) {
                    continue;
                }
                if (command.equals("/quit") || command.equals("/exit")) {
                    return 0;
                }
                if (command.equals("/help")) {
                    out.println(COMMANDS);
                } else if (command.equals("/quiz")) {
                    quiz.run(
                            line.substring(command.length()),
                            console,
                            out,
                            spec.commandLine().getErr());
                } else if (line.equals("/session export")) {
                    export(sessionId, out);
                } else if (command.equals("/new")) {
                    conversation = new Conversation();
                    out.println("(new conversation)");
                } else if (command.startsWith("/")) {
                    out.println("Unknown command " + command + ": /help lists the commands.");
                } else {
                    answer(answers, line, conversation, sessionId, out, width);
                }
                out.println();
                out.flush();
            }
        }
    }

    private void answer(
            AnswerService answers,
            String line,
            Conversation conversation,
            String sessionId,
            PrintWriter out,
            int width) {
        try {
            StreamEcho echo = new StreamEcho(out, width);
            Answer answer = answers.ask(line, conversation, echo);
            // Recorded before the checked answer is shown: a process killed once the user has
            // it keeps the question. A streamed draft is shown as it comes, unchecked.
            record(answer, sessionId);
            echo.finish(answer);
        } catch (InvalidQuestionException e) {
            out.println(e.getMessage());
        }
    }

    private void export(String sessionId, PrintWriter out) throws IOException {
        try {
            exportSession(sessionId, out);
        } catch (StoreException e) {
            // The chat itself needs no database: say why there is nothing to export, go on.
            spec.commandLine().getErr().println("Not exported: " + e.getMessage());
        }
    }

    /** Records a question and adds it to this chat's session, for {@code /session export}. */
    private void record(Answer answer, String sessionId) {
        long id = root.recordConsole(answer);
        if (id < 0) {
            return;
        }
        try {
            root.sessions()
                    .addToSession(
                            root.sessions()
                                    .startSession(
                                            sessionId,
                                            sessionId,
                                            "Console chat",
                                            System.getProperty("user.name", "console"))
                                    .id(),
                            id);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("Not recorded in this chat's session: " + e.getMessage());
        }
    }

    /** Writes this chat's transcript, with sources, as Markdown and JSON under data/exports. */
    private void exportSession(String sessionId, PrintWriter out) throws IOException {
        Optional<QaSession> session = root.sessions().latestSession(sessionId);
        if (session.isEmpty()) {
            out.println("Nothing to export yet: ask a question first.");
            return;
        }
        SessionReport report = new SessionReport(session.get(), root.sessions().transcript(sessionId));
        Path dir = root.home().resolve("data/exports");
        Files.createDirectories(dir);
        Path markdown = Files.writeString(dir.resolve(sessionId + ".md"), report.markdown());
        Path json = Files.writeString(dir.resolve(sessionId + ".json"), report.json());
        out.println("Exported " + report.questions() + " questions to " + markdown + " and " + json);
    }
}
