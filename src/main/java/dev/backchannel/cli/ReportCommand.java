package dev.backchannel.cli;

import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.GapReport;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.ReportScope;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backchannel report}: what was asked, and what the knowledge base could not answer. It is
 * the operator's, so it reads every server, direct messages and the console, unless narrowed to
 * one server.
 */
@Command(
        name = "report",
        description = "Questions asked, abstentions, down-voted and reported answers, and the top unanswered"
                + " questions; --resolve marks a reported answer resolved.")
final class ReportCommand implements Callable<Integer> {

    enum Format {
        MD,
        JSON
    }

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--days", defaultValue = "30", description = "How far back (default: ${DEFAULT-VALUE} days).")
    private int days;

    @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--guild",
            paramLabel = "ID",
            description = "Only what was asked in this Discord server (default: everywhere, the console included).")
    private String guild;

    @Option(
            names = "--resolve",
            paramLabel = "N",
            description = "Mark report #N (as listed under 'Answers reported') resolved, and print nothing else.")
    private Long resolve;

    @Override
    public Integer call() {
        // A server's name, or a mistyped ID, would give an empty report that looks like a quiet server.
        if (guild != null && !guild.matches("\\d{1,20}")) {
            throw new ParameterException(
                    spec.commandLine(), "--guild takes a Discord server ID (digits), not '" + guild + "'");
        }
        if (days < 1) {
            throw new ParameterException(spec.commandLine(), "--days must be 1 or more, not " + days);
        }
        ReportScope scope = guild == null ? ReportScope.everywhere() : ReportScope.server(guild);
        if (resolve != null) {
            return resolve(scope);
        }
        QuestionLog questions = root.questions();
        Instant since = Instant.now().minus(Duration.ofDays(days));
        GapReport report = GapReport.read(questions, new AnswerReports(root.database()), since, scope);
        spec.commandLine().getOut().println(format == Format.JSON ? report.json() : report.markdown());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int resolve(ReportScope scope) {
        if (new AnswerReports(root.database()).resolve(resolve, scope)) {
            spec.commandLine().getOut().println("Report #" + resolve + " is marked resolved.");
            spec.commandLine().getOut().flush();
            return 0;
        }
        spec.commandLine()
                .getErr()
                .println("No open report #" + resolve + (guild == null ? "" : " in server " + guild)
                        + ": see 'Answers reported' in backchannel report.");
        return 1;
    }
}
