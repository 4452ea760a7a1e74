package dev.backchannel.discord.answering;

import static dev.backchannel.discord.BotText.say;

import dev.backchannel.knowledge.Language;
import dev.backchannel.store.ProblemReason;

/** What the Report a problem form and its replies say, in the reader's language. */
final class ProblemText {

    private ProblemText() {}

    static String title(Language language) {
        return say(language, "Báo lỗi câu trả lời", "Report a problem with this answer");
    }

    static String reasonLabel(Language language) {
        return say(language, "Vấn đề là gì?", "What is wrong?");
    }

    static String detailsLabel(Language language) {
        return say(language, "Chi tiết (không bắt buộc)", "Details (optional)");
    }

    static String detailsHint(Language language) {
        return say(
                language,
                "Ví dụ: năm đúng là 1992, theo nguồn [2].",
                "For example: the right year is 1992, as source [2] says.");
    }

    static String reason(Language language, ProblemReason reason) {
        return switch (reason) {
            case WRONG_FACT -> say(language, "Sai thông tin", "Wrong fact");
            case WRONG_SOURCE -> say(language, "Nguồn không khớp", "Wrong source");
            case NOT_WHAT_WAS_ASKED -> say(language, "Không trả lời đúng câu hỏi", "Not what I asked");
            case OTHER -> say(language, "Khác", "Other");
        };
    }

    static String thanks(Language language) {
        return say(
                language,
                "Cảm ơn bạn! Giáo viên của server sẽ xem báo cáo này.",
                "Thank you! The server's educators will see this report.");
    }

    static String thanksOutsideServer(Language language) {
        return say(
                language,
                "Cảm ơn bạn! Người vận hành bot sẽ xem báo cáo này.",
                "Thank you! The bot's operator will see this report.");
    }

    static String already(Language language) {
        return say(
                language,
                "Bạn đã báo lỗi câu trả lời này rồi; báo cáo trước vẫn được giữ.",
                "You have already reported this answer; your first report stands.");
    }
}
