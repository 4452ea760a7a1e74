package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.quiz.QuizGenerator;
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
        description = "Ask questions in a conversation; follow-ups use the previous turns. /quit leaves.")
final class ChatCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        AnswerService answers = root.app().answers();
        root.app().watchKnowledge();
        Conversation conversation = new Conversation();
        String sessionId = "console-" + UUID.randomUUID();
        out.println("Backchannel: ask about informal diplomacy in English or Vietnamese. /quiz [vi|en] [1-5] for "
                + "a quiz, /session export saves this chat, /new starts over, /quit leaves.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = root.in().readLine();
            if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
                return 0;
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().startsWith("/quiz")) {
                new ConsoleQuiz(
                                new QuizGenerator(root.app()::knowledge),
                                root::quizzes,
                                System.getProperty("user.name", "console"))
                        .run(line.strip().substring(5), root.in(), out);
                out.println();
                continue;
            }
            if (line.strip().equals("/session export")) {
                try {
                    exportSession(sessionId, out);
                } catch (StoreException e) {
                    // The chat itself needs no database: say why there is nothing to export, go on.
                    spec.commandLine().getErr().println("Not exported: " + e.getMessage());
                }
                continue;
            }
            if (line.strip().equals("/new")) {
                conversation = new Conversation();
                out.println("(new conversation)");
                continue;
            }
            try {
                StreamEcho echo = new StreamEcho(out);
                Answer answer = answers.ask(line, conversation, echo);
                // Recorded before the checked answer is shown: a process killed once the user has
                // it keeps the question. A streamed draft is shown as it comes, unchecked.
                record(answer, sessionId);
                echo.finish(answer);
            } catch (InvalidQuestionException e) {
                out.println(e.getMessage());
            }
            out.println();
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
