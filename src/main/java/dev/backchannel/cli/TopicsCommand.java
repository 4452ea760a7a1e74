package dev.backchannel.cli;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.serving.KnowledgeFiles;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel topics}: the glossary a study group browses. */
@Command(name = "topics", description = "List the topics: id, title and one-sentence summary.")
final class TopicsCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", description = "track, term or example")
    private String kind;

    @Option(names = "--lang", description = "en or vi (default: both)")
    private String lang;

    @Override
    public Integer call() {
        Kind wantedKind = kind == null
                ? null
                : Kind.fromCode(kind)
                        .orElseThrow(() ->
                                new ParameterException(spec.commandLine(), "--kind must be track, term or example"));
        Language wantedLanguage = lang == null
                ? null
                : Language.fromCode(lang)
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--lang must be en or vi"));
        // The files alone: listing topics needs no index and no embedding model.
        List<Topic> topics = new KnowledgeFiles(
                        root.config().knowledge(), root.config().index())
                .topics().stream()
                        .filter(t -> wantedKind == null || t.kind() == wantedKind)
                        .filter(t -> wantedLanguage == null || t.language() == wantedLanguage)
                        .sorted(Comparator.comparing(Topic::kind)
                                .thenComparing(Topic::id)
                                .thenComparing(Topic::language))
                        .toList();
        PrintWriter out = spec.commandLine().getOut();
        Kind current = null;
        for (Topic topic : topics) {
            if (topic.kind() != current) {
                current = topic.kind();
                out.println();
                out.println("## " + current.code());
            }
            out.printf("%-32s [%s] %s%n    %s%n", topic.id(), topic.language().code(), topic.title(), topic.summary());
        }
        out.printf("%n%d topics%n", topics.size());
        out.flush();
        return 0;
    }
}
