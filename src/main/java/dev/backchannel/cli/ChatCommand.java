package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.quiz.QuizGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel chat}: a conversation in the terminal, on the same pipeline as Discord. */
@Command(name = "chat", description = "Ask questions in a conversation; follow-ups use the previous turns. /quit leaves.")
final class ChatCommand implements Callable<Integer> {

  @ParentCommand private BackchannelCommand root;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    AnswerService answers = root.app().answers();
    Conversation conversation = new Conversation();
    out.println("Backchannel: ask about informal diplomacy in English or Vietnamese. /quiz [vi|en] [1-5] for a quiz, /new starts over, /quit leaves.");
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
        new ConsoleQuiz(new QuizGenerator(root.app().knowledge()), root.store(), System.getProperty("user.name", "console")).run(line.strip().substring(5), root.in(), out);
        out.println();
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
        echo.finish(answer);
        root.recordConsole(answer);
      } catch (InvalidQuestionException e) {
        out.println(e.getMessage());
      }
      out.println();
    }
  }
}
