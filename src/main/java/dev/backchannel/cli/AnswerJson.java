package dev.backchannel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.Citation;
import dev.backchannel.answer.Suggestion;

/** The JSON form of an answer: the contract of {@code ask --json} and {@code eval}. */
final class AnswerJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {}

    static ObjectNode toJson(Answer answer) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("question", answer.question());
        json.put("language", answer.language().code());
        json.put("answer", answer.text());
        json.put("abstained", answer.abstained());
        answer.abstainReason().ifPresent(reason -> json.put("abstain_reason", reason.code()));
        json.put("mode", answer.mode().code());
        if (!answer.fallbackReason().isEmpty()) {
            json.put("fallback_reason", answer.fallbackReason());
        }
        ArrayNode citations = json.putArray("citations");
        for (Citation citation : answer.citations()) {
            ObjectNode c = citations.addObject();
            c.put("n", citation.n());
            c.put("passage_id", citation.passageId());
            c.put("id", citation.topicId());
            c.put("title", citation.passage().title());
            c.put("section", citation.passage().section());
            c.put("lang", citation.passage().language().code());
            c.put("url", citation.passage().firstUrl());
        }
        ArrayNode suggestions = json.putArray("suggestions");
        for (Suggestion suggestion : answer.suggestions()) {
            suggestions.addObject().put("id", suggestion.topicId()).put("title", suggestion.title());
        }
        ObjectNode timings = json.putObject("timings_ms");
        timings.put("retrieve", answer.timings().retrieveMs());
        timings.put("answer", answer.timings().answerMs());
        timings.put("total", answer.timings().totalMs());
        return json;
    }

    /** The object printed for a question that was refused: {@code {"error": "..."}}. */
    static ObjectNode error(String message) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("error", message);
        return json;
    }

    static String write(ObjectNode json) {
        return json.toString();
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
