package dev.backchannel.answer;

import dev.backchannel.knowledge.UnsafeMarkup;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns whatever a user typed or pasted into a question the pipeline can take, or refuses it with a
 * message in both languages (the language cannot be known from an empty or binary message).
 * Mentions are removed here so they never reach retrieval, logs or a prompt as live syntax.
 */
public final class QuestionSanitizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final int maxChars;

    public QuestionSanitizer(int maxChars) {
        this.maxChars = maxChars;
    }

    public String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidQuestionException("Please type a question. / Bạn hãy nhập một câu hỏi.");
        }
        long control = raw.chars()
                .filter(c -> c == 0 || c == 0xFFFD || (Character.isISOControl(c) && !Character.isWhitespace(c)))
                .count();
        if (control > Math.max(2, raw.length() / 20)) {
            throw new InvalidQuestionException("That looks like binary data, not a question. / Nội dung này có "
                    + "vẻ là dữ liệu nhị phân, không phải câu hỏi.");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = UnsafeMarkup.MENTION.matcher(text).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        if (text.length() > maxChars) {
            throw new InvalidQuestionException("That question is too long ("
                    + text.length()
                    + " characters; the limit is "
                    + maxChars
                    + "). Please ask it more briefly. / Câu hỏi quá dài ("
                    + text.length()
                    + " ký tự; tối đa "
                    + maxChars
                    + "). Bạn hãy hỏi ngắn gọn hơn.");
        }
        if (!HAS_WORD.matcher(text).find()) {
            throw new InvalidQuestionException("Please type a question in words. / Bạn hãy nhập câu hỏi bằng chữ.");
        }
        return text;
    }
}
