package dev.backchannel.answer;

import dev.backchannel.knowledge.Language;
import java.util.List;
import java.util.stream.Collectors;

/** What the bot says in its own words, in each language it answers in. */
public final class Messages {

    private Messages() {}

    public static String abstention(Language language, List<Suggestion> suggestions) {
        String names = suggestions.stream().map(Suggestion::title).collect(Collectors.joining("; "));
        if (language == Language.VI) {
            String text = "Cơ sở tri thức của mình chưa có thông tin để trả lời câu hỏi này, nên mình sẽ không đoán.";
            return names.isEmpty() ? text : text + " Bạn có thể hỏi về: " + names + ".";
        }
        String text = "The knowledge base does not cover this question, so I won't guess.";
        return names.isEmpty() ? text : text + " You could ask about: " + names + ".";
    }

    public static String greeting(Language language, List<Suggestion> suggestions) {
        String names = suggestions.stream().map(Suggestion::title).collect(Collectors.joining("; "));
        if (language == Language.VI) {
            return "Chào bạn! Mình trả lời câu hỏi về ngoại giao không chính "
                    + "thức (kênh 1, 1.5, 2, 3, ngoại giao cửa sau, "
                    + "trung gian hòa giải và các sự kiện lịch sử), kèm nguồn cho từng ý. Bạn có thể hỏi về: "
                    + names
                    + ".";
        }
        return "Hello! I answer questions about informal diplomacy (Track I, 1.5, II and III, back channels, "
                + "mediation and historical cases), citing a source for every point. You could ask about: "
                + names
                + ".";
    }

    public static String sourcesHeading(Language language) {
        return language == Language.VI ? "Nguồn" : "Sources";
    }
}
