package dev.backchannel.cli;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.InvalidQuestionException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel ask "question"}: one cited answer. */
@Command(name = "ask", description = "Answer one question, with numbered sources.")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    private List<String> words;

    @Override
    public Integer call() {
        root.openDatabaseInBackground();
        String question = String.join(" ", words);
        Answer answer;
        try {
            answer = root.appFor(question).answers().ask(question);
        } catch (InvalidQuestionException refused) {
            if (!json) {
                throw refused;
            }
            // A program reading --json gets one JSON object whatever happens.
            spec.commandLine().getOut().println(AnswerJson.write(AnswerJson.error(refused.getMessage())));
            spec.commandLine().getOut().flush();
            return 2;
        }
        // Recorded before it is shown: a process killed once the user has the answer keeps it.
        root.recordConsole(answer);
        if (json) {
            spec.commandLine().getOut().println(AnswerJson.write(AnswerJson.toJson(answer)));
            spec.commandLine().getOut().flush();
        } else {
            AnswerPrinter.print(answer, spec.commandLine().getOut(), TextWrap.forStandardOutput(root.environment()));
        }
        return 0;
    }
}
