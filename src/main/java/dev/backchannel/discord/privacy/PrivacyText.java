package dev.backchannel.discord.privacy;

import static dev.backchannel.discord.BotText.say;

import dev.backchannel.knowledge.Language;
import dev.backchannel.store.KeptData;
import dev.backchannel.store.RecordCounts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What {@code /privacy} says, in Vietnamese or English. */
final class PrivacyText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private PrivacyText() {}

    /** {@code /privacy show}: each kind with its count, the oldest date, and how long it is kept. */
    static String kept(Language language, KeptData kept, String retention) {
        if (kept.isEmpty()) {
            return say(language, "Backchannel không lưu gì về bạn.", "Backchannel keeps nothing about you.") + "\n\n"
                    + retention;
        }
        RecordCounts counts = kept.counts();
        String oldest = kept.oldest().map(DAY::format).orElse("—");
        return say(
                        language,
                        "**Backchannel lưu gì về bạn**, ở mọi server:\n"
                                + "Câu hỏi bạn đã hỏi (kèm câu trả lời): " + counts.questions()
                                + "\nLượt bình chọn 👍/👎: " + counts.votes()
                                + "\nCâu trả lời quiz: " + counts.quizAnswers()
                                + "\nChủ đề hỏi tiếp từ câu hỏi của bạn: " + counts.conversations()
                                + "\nBáo lỗi câu trả lời: " + counts.reports()
                                + "\nBản ghi cũ nhất: " + oldest,
                        "**What Backchannel keeps about you**, in every server:\n"
                                + "Questions you asked (with their answers): " + counts.questions()
                                + "\nVotes 👍/👎: " + counts.votes()
                                + "\nQuiz answers: " + counts.quizAnswers()
                                + "\nFollow-up threads on your questions: " + counts.conversations()
                                + "\nProblems you reported with answers: " + counts.reports()
                                + "\nOldest record: " + oldest)
                + "\n\n" + retention;
    }

    /** {@code /privacy forget}: what the button will delete. */
    static String confirm(Language language, RecordCounts counts) {
        return say(
                language,
                "Xóa những gì Backchannel lưu về bạn, ở mọi server? " + counts(language, counts)
                        + ". Không thể hoàn tác.",
                "Delete what Backchannel keeps about you, in every server? " + counts(language, counts)
                        + ". This cannot be undone.");
    }

    static String forgetButton(Language language) {
        return say(language, "Xóa dữ liệu của tôi", "Delete my data");
    }

    static String keepButton(Language language) {
        return say(language, "Giữ lại", "Keep it");
    }

    static String deleted(Language language, RecordCounts counts) {
        return say(
                language,
                "Đã xóa: " + counts(language, counts) + ". Backchannel không còn lưu gì về bạn.",
                "Deleted: " + counts(language, counts) + ". Backchannel keeps nothing about you now.");
    }

    /** Each kind with its count, so that no plural has to agree with a number. */
    private static String counts(Language language, RecordCounts counts) {
        return say(
                language,
                "câu hỏi (kèm câu trả lời): " + counts.questions() + " · lượt bình chọn: " + counts.votes()
                        + " · câu trả lời quiz: " + counts.quizAnswers() + " · chủ đề hỏi tiếp: "
                        + counts.conversations() + " · báo lỗi: " + counts.reports(),
                "questions (with their answers): " + counts.questions() + " · votes: " + counts.votes()
                        + " · quiz answers: " + counts.quizAnswers() + " · follow-up threads: "
                        + counts.conversations() + " · reports: " + counts.reports());
    }

    /** A second click, or a forget with nothing kept: nothing to do, and it says so. */
    static String nothingLeft(Language language) {
        return say(
                language,
                "Không còn gì để xóa: Backchannel không lưu gì về bạn.",
                "There is nothing left to delete: Backchannel keeps nothing about you.");
    }

    static String nothingDeleted(Language language) {
        return say(language, "Chưa xóa gì.", "Nothing was deleted.");
    }
}
