package dev.backchannel.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads typed values out of the front matter, reporting wrong types with their line. */
final class FrontMatterFields {
    private final Path file;
    private final JsonNode front;
    private final Map<String, Integer> keyLines;
    private final List<Problem> problems;

    FrontMatterFields(Path file, JsonNode front, Map<String, Integer> keyLines, List<Problem> problems) {
        this.file = file;
        this.front = front;
        this.keyLines = keyLines;
        this.problems = problems;
    }

    Path file() {
        return file;
    }

    int lineOf(String name) {
        return keyLines.getOrDefault(name, 1);
    }

    String text(String name) {
        JsonNode node = front.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            problems.add(Problem.error(file, lineOf(name), "field '" + name + "' must be a single value"));
            return "";
        }
        return node.asText().strip();
    }

    List<String> textList(String name) {
        JsonNode node = front.get(name);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(Problem.error(file, lineOf(name), "field '" + name + "' must be a list"));
            return values;
        }
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.asText().isBlank()) {
                problems.add(Problem.error(file, lineOf(name), "field '" + name + "' must list non-empty text values"));
            } else {
                values.add(item.asText().strip());
            }
        }
        return values;
    }

    List<Source> sources() {
        JsonNode node = front.get("sources");
        List<Source> sources = new ArrayList<>();
        int line = lineOf("sources");
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            problems.add(Problem.error(file, line, "no sources: list at least one {title, url}"));
            return sources;
        }
        if (!node.isArray()) {
            problems.add(Problem.error(file, line, "field 'sources' must be a list of {title, url}"));
            return sources;
        }
        for (JsonNode item : node) {
            String title = item.path("title").asText("").strip();
            String url = item.path("url").asText("").strip();
            if (!item.isObject() || title.isEmpty() || url.isEmpty()) {
                problems.add(Problem.error(file, line, "each source needs a title and a url"));
            } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
                problems.add(Problem.error(file, line, "source url must start with http:// or https://: " + url));
            } else {
                sources.add(new Source(title, url));
            }
        }
        return sources;
    }
}
