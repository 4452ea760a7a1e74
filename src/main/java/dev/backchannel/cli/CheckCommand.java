package dev.backchannel.cli;

import dev.backchannel.knowledge.CaseRules;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.SectionRules;
import dev.backchannel.serving.KnowledgeFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel check [DIR]}: validates knowledge files; non-zero exit on any error. */
@Command(name = "check", description = "Validate the knowledge files; exits 1 when any has an error.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "Knowledge folder (default: knowledge.dir from the config).")
    private Path dir;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : root.config().knowledge().dir();
        // The configured folder's parsed snapshot, kept beside the index, holds its problems too; a
        // folder named on the command line (a draft) is parsed, and leaves no snapshot that would
        // replace the served one.
        KnowledgeLoader.Result result = dir != null
                ? KnowledgeLoader.limitedBy(root.config().knowledge()).load(folder)
                : new KnowledgeFiles(root.config().knowledge(), root.config().index()).loaded();
        // The curated knowledge base also has every standard section, with its questions, and every
        // case its place on the timeline.
        SectionRules rules = new SectionRules(SectionKinds.standard());
        List<Problem> problems = new ArrayList<>(result.problems());
        result.topics().parallelStream()
                .map(topic -> rules.check(topic, Problem.Severity.ERROR))
                .toList()
                .forEach(problems::addAll);
        problems.addAll(new CaseRules().check(result.topics()));
        problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
        PrintWriter out = spec.commandLine().getOut();
        for (Problem problem : problems) {
            out.println(problem.describe());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        out.printf(
                "%d topic files valid, %d errors, %d warnings in %s%n",
                result.topics().size(), errors, warnings, folder);
        out.flush();
        return errors > 0 ? 1 : 0;
    }
}
