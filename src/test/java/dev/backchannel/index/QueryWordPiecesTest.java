package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QueryWordPiecesTest {

    private static final List<String> QUESTION_FILES = List.of(
            "/eval/dev-questions.jsonl",
            "/eval/holdout2-questions.jsonl",
            "/eval/holdout7-questions.jsonl",
            "/eval/holdout11-questions.jsonl",
            "/eval/panel.jsonl");

    @TempDir
    static Path dir;

    private static Path tokenizerFile;
    private static QueryWordPieces pieces;

    @BeforeAll
    static void readVocabulary() throws Exception {
        tokenizerFile = ModelFiles.of("bge-small-en-v1.5-q-tokenizer.json", dir).orElseThrow();
        pieces = QueryWordPieces.read(tokenizerFile);
    }

    @Test
    @DisplayName("every eval question cut in Java gets the ids the model's own tokenizer gives it, "
            + "and nearly all of them are cut in Java")
    void sameIdsAsTheNativeTokenizer() throws Exception {
        List<String> questions = questions();
        List<String> differing = new ArrayList<>();
        int cut = 0;
        try (HuggingFaceTokenizer tokenizer =
                HuggingFaceTokenizer.newInstance(tokenizerFile, Map.of("padding", "false"))) {
            for (String question : questions) {
                Optional<long[]> ids = pieces.ids(question);
                if (ids.isPresent()) {
                    cut++;
                    if (!Arrays.equals(ids.get(), tokenizer.encode(question).getIds())) {
                        differing.add(question);
                    }
                }
            }
        }

        assertThat(differing).isEmpty();
        assertThat(cut).isGreaterThan(questions.size() * 9 / 10);
    }

    @Test
    @DisplayName("text the two tokenizers cut differently is left to the native one: Chinese characters, "
            + "a zero-width space, Greek, and text longer than one model input")
    void leavesOtherTextAlone() {
        assertThat(pieces.ids("What does 乒乓外交 mean?")).isEmpty();
        assertThat(pieces.ids("Track\u200bII")).isEmpty();
        assertThat(pieces.ids("Τι σημαίνει διπλωματία;")).isEmpty();
        assertThat(pieces.ids("diplomacy ".repeat(600))).isEmpty();
        assertThat(pieces.ids("Ngoại giao nhánh II là gì?")).isPresent();
    }

    private static List<String> questions() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String file : QUESTION_FILES) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    QueryWordPiecesTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode question = json.readTree(line);
                        questions.add(question.path("question").asText());
                        question.path("turns").forEach(turn -> questions.add(turn.asText()));
                    }
                }
            }
        }
        return questions;
    }
}
