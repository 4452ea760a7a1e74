package dev.backchannel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backchannel.bench.Benchmark;
import dev.backchannel.knowledge.Topic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backchannel bench}: the performance numbers, measured on this machine. */
@Command(
        name = "bench",
        description = "Measure warm latency, throughput, cold start, index build time "
                + "and, with --scale, a large generated corpus.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private BackchannelCommand root;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--questions",
            paramLabel = "FILE.jsonl",
            description = "Questions to time (default: the dev set when present, else the topic titles).")
    private Path questions;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            description = "Timed passes over the questions (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(
            names = "--scale",
            defaultValue = "0",
            paramLabel = "PASSAGES",
            description = "Also index a generated corpus of this many passages (e.g. 100000).")
    private int scale;

    @Option(names = "--skip-cold", description = "Do not start extra processes to time a cold ask.")
    private boolean skipCold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = questions();
        out.printf(
                "%d questions, %d cores, max heap %d MiB%n",
                texts.size(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Benchmark benchmark = new Benchmark(root.app(), texts, out);
        benchmark.versusPlainEmbedding();
        benchmark.warmLatency(rounds);
        benchmark.throughput(rounds);
        if (!skipCold) {
            benchmark.coldStart(root.home(), 5);
        }
        benchmark.indexBuild();
        if (scale > 0) {
            benchmark.scale(scale);
        }
        return 0;
    }

    private List<String> questions() throws java.io.IOException {
        Path file = questions != null ? questions : root.home().resolve("src/test/resources/eval/dev-questions.jsonl");
        List<String> texts = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = AnswerJson.mapper().readTree(line);
                    texts.add(node.path("question").asText());
                }
            }
        } else {
            root.app().knowledge().topics().stream().map(Topic::title).forEach(texts::add);
        }
        return texts;
    }
}
