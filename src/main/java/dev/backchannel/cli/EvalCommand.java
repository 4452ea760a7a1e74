package dev.backchannel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.InvalidQuestionException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backchannel eval}: runs a question file through the pipeline in one process and, where
 * lines say which topics they expect, measures retrieval as users see it: over the cited topics.
 */
@Command(name = "eval", description = "Answer every question of a JSONL file; with \"expect\" ids, print recall, MRR and abstention accuracy.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand private BackchannelCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--questions", required = true, paramLabel = "FILE.jsonl", description = "One {\"id\", \"question\", \"expect\": [ids]} per line.")
  private Path questions;

  @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Where to write the answers (default: standard output, metrics then go to standard error).")
  private Path out;

  @Override
  public Integer call() throws IOException {
    AnswerService answers = root.app().answers();
    List<EvalMetrics.Outcome> outcomes = new ArrayList<>();
    PrintWriter stdout = spec.commandLine().getOut();
    try (Writer writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode input = AnswerJson.mapper().readTree(line);
        String id = input.path("id").asText("line-" + lineNumber);
        ObjectNode result;
        Answer answer = null;
        try {
          answer = answers.ask(input.path("question").asText(""));
          result = AnswerJson.toJson(answer);
        } catch (InvalidQuestionException e) {
          result = AnswerJson.mapper().createObjectNode().put("error", e.getMessage());
        }
        ObjectNode withId = AnswerJson.mapper().createObjectNode().put("id", id);
        withId.setAll(result);
        String json = AnswerJson.write(withId);
        if (writer != null) {
          writer.write(json);
          writer.write('\n');
        } else {
          stdout.println(json);
        }
        if (input.has("expect") && input.get("expect").isArray()) {
          List<String> expect = new ArrayList<>();
          input.get("expect").forEach(node -> expect.add(node.asText()));
          Map<String, String> groups = new LinkedHashMap<>();
          for (String field : List.of("lang", "type")) {
            if (input.hasNonNull(field)) {
              groups.put(field, input.get(field).asText());
            }
          }
          outcomes.add(
              new EvalMetrics.Outcome(
                  id, expect, answer == null ? List.of() : answer.citedTopicIds(), answer == null || answer.abstained(), groups));
        }
      }
    }
    if (!outcomes.isEmpty()) {
      PrintWriter report = out != null ? stdout : spec.commandLine().getErr();
      report.print(EvalMetrics.table(outcomes));
      report.flush();
    }
    stdout.flush();
    return 0;
  }
}
