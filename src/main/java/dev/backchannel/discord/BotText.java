package dev.backchannel.discord;

import dev.backchannel.knowledge.Language;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/** What the bot says in Discord in its own words, in Vietnamese or English. */
public final class BotText {

    private BotText() {}

    /** The language of the bot's own messages for a user: Vietnamese for a Vietnamese client. */
    public static Language of(DiscordLocale locale) {
        return locale == DiscordLocale.VIETNAMESE ? Language.VI : Language.EN;
    }

    /** One of a text's two versions, for the reader's language. */
    public static String say(Language language, String vietnamese, String english) {
        return language == Language.VI ? vietnamese : english;
    }

    public static String sources(Language language) {
        return language == Language.VI ? "Nguồn" : "Sources";
    }

    public static String moreSources(Language language) {
        return language == Language.VI ? "Nguồn (tiếp)" : "Sources (continued)";
    }

    static String followUp(Language language) {
        return language == Language.VI ? "Hỏi tiếp" : "Follow up";
    }

    static String footer(Language language, String mode) {
        return language == Language.VI
                ? "Tiếng Việt · " + mode + " · Bot có thể sai: hãy kiểm tra nguồn"
                : "English · " + mode + " · Backchannel can be wrong: check the sources";
    }

    static String rateLimited(Language language, long seconds) {
        return language == Language.VI
                ? "Bạn hỏi hơi nhanh. Hãy thử lại sau " + seconds + " giây."
                : "You are asking a little fast. Please try again in " + seconds + " seconds.";
    }

    public static String notHere(Language language) {
        return language == Language.VI
                ? "Bot chưa được bật ở kênh này. Hãy hỏi quản trị viên của server."
                : "Backchannel is not enabled in this channel. Ask the server's admins.";
    }

    public static String error(Language language, String reference) {
        return language == Language.VI
                ? "Đã có lỗi khi trả lời. Mã tham chiếu: `" + reference + "`. Hãy thử lại sau."
                : "Something went wrong while answering. Reference: `" + reference + "`. Please try again later.";
    }

    public static String feedbackThanks(Language language, boolean helpful) {
        if (language == Language.VI) {
            return helpful
                    ? "Cảm ơn bạn! Mình đã ghi nhận phản hồi."
                    : "Cảm ơn bạn! Mình đã ghi nhận câu trả lời này chưa tốt.";
        }
        return helpful ? "Thanks! Your feedback is recorded." : "Thanks! This answer is recorded as not helpful.";
    }

    public static String expired(Language language) {
        return language == Language.VI
                ? "Câu trả lời này đã cũ, mình không còn giữ nguồn của nó. Hãy hỏi lại bằng /ask."
                : "This answer is too old: its sources are no longer kept. Please ask again with /ask.";
    }

    public static String threadOpened(Language language, String threadMention) {
        return language == Language.VI
                ? "Đã mở chủ đề " + threadMention + ": hãy hỏi tiếp ở đó."
                : "Opened " + threadMention + ": ask your follow-up questions there.";
    }

    public static String threadAlreadyOpen(Language language, String threadMention) {
        return language == Language.VI
                ? "Câu trả lời này đã có chủ đề " + threadMention + ": hãy hỏi tiếp ở đó."
                : "This answer is already followed up in " + threadMention + ": ask your questions there.";
    }

    public static String noThreadForPrivate(Language language) {
        return language == Language.VI
                ? "Câu trả lời này là riêng tư: một chủ đề sẽ cho mọi người thấy câu hỏi của bạn."
                        + " Hãy hỏi lại không ở chế độ riêng tư để hỏi tiếp trong một chủ đề."
                : "This answer is private: a thread would show your question to everyone."
                        + " Ask again without private to follow up in a thread.";
    }

    /** Under a source from a server's own notes: whose they are. */
    static String courseNotesBy(Language language, String name) {
        return language == Language.VI
                ? "ghi chú của server, do " + name + " thêm"
                : "this server's notes, added by " + name;
    }

    static String reportProblem(Language language) {
        return language == Language.VI ? "Báo lỗi" : "Report";
    }

    static String share(Language language) {
        return language == Language.VI ? "Chia sẻ" : "Share";
    }

    /** Under a shared answer: who asked, by name, never as a mention. */
    public static String sharedBy(Language language, String name) {
        return language == Language.VI ? "Được chia sẻ bởi " + name : "Shared by " + name;
    }

    public static String notYours(Language language) {
        return language == Language.VI
                ? "Chỉ người đã hỏi mới chia sẻ được câu trả lời này."
                : "Only the person who asked can share this answer.";
    }

    public static String notShared(Language language) {
        return language == Language.VI
                ? "Không chia sẻ được ở đây: kênh này không cho ứng dụng đăng tin nhắn công khai."
                : "This answer cannot be shared here: the channel does not let apps post publicly.";
    }

    public static String followUpTitle(Language language) {
        return language == Language.VI ? "Hỏi tiếp" : "Follow-up question";
    }

    public static String followUpLabel(Language language) {
        return language == Language.VI ? "Câu hỏi tiếp theo của bạn" : "Your follow-up question";
    }

    public static String threadIntro(Language language) {
        return language == Language.VI
                ? "Hỏi tiếp ở đây; mình sẽ trả lời dựa trên câu trước."
                : "Ask follow-up questions here; I will read them in the light of the answer above.";
    }

    public static String educatorsOnly(Language language) {
        return language == Language.VI
                ? "Lệnh này dành cho giáo viên (quyền Manage Messages hoặc vai trò giáo viên của server)."
                : "This command is for educators (Manage Messages permission or the server's educator role).";
    }

    public static String reportTitle(Language language, int days) {
        return language == Language.VI ? "Báo cáo " + days + " ngày gần đây" : "Report for the last " + days + " days";
    }

    public static String help(Language language) {
        if (language == Language.VI) {
            return """
          **/ask** `câu hỏi` — hỏi về ngoại giao không chính thức; mỗi ý đều có nguồn [n].
          **/define** `thuật ngữ` — định nghĩa một thuật ngữ.
          **/track** — các kênh ngoại giao: I, 1.5, II, III, đa kênh.
          **/example** `sự kiện` — một trường hợp lịch sử.
          **/topics** — duyệt cơ sở tri thức.
          Nhắc tên bot (@Backchannel) kèm câu hỏi để mình trả lời trong một chủ đề; hỏi tiếp ngay trong chủ đề đó.
          Bạn có thể hỏi bằng tiếng Việt (có hoặc không dấu) hoặc tiếng Anh.""";
        }
        return """
        **/ask** `question` — ask about informal diplomacy; every point is cited [n].
        **/define** `term` — the definition of a term.
        **/track** — the tracks of diplomacy: I, 1.5, II, III, multi-track.
        **/example** `case` — a historical case.
        **/topics** — browse the knowledge base.
        Mention @Backchannel with a question and I answer in a thread; ask follow-ups in that thread.
        Ask in English or Vietnamese (with or without diacritics).""";
    }

    /**
     * What is kept about a person and for how long, for {@code /about} and {@code /privacy show};
     * {@code retentionDays} of 0: until they delete it.
     */
    public static String dataKept(Language language, int retentionDays) {
        if (language == Language.VI) {
            return "Backchannel lưu câu hỏi bạn hỏi (kèm câu trả lời và ID Discord của bạn), lượt bình chọn, câu"
                    + " trả lời quiz và báo lỗi của bạn "
                    + (retentionDays > 0 ? "trong " + retentionDays + " ngày, rồi xóa." : "cho đến khi bạn xóa.")
                    + " **/privacy xem** cho biết bot lưu gì về bạn; **/privacy xoa** xóa tất cả.";
        }
        return "Backchannel keeps the questions you ask (with their answers and your Discord id), your votes,"
                + " your quiz answers and your reports of problems "
                + (retentionDays > 0 ? "for " + retentionDays + " days, then deletes them." : "until you delete them.")
                + " **/privacy show** tells you what it keeps about you; **/privacy forget** deletes it.";
    }

    public static String about(Language language, int topics, int retentionDays) {
        return about(language, topics) + "\n\n" + dataKept(language, retentionDays);
    }

    private static String about(Language language, int topics) {
        if (language == Language.VI) {
            return "Backchannel trả lời câu hỏi về ngoại giao không chính thức (kênh 1, "
                    + "1.5, 2, 3, ngoại giao cửa sau, trung gian hòa giải"
                    + " và các trường hợp lịch sử) từ một cơ sở tri thức gồm "
                    + topics
                    + " chủ đề, viết từ các nguồn đã kiểm chứng. Mỗi câu trả lời trích dẫn "
                    + "đoạn nguồn của nó; khi không có thông tin, bot nói vậy"
                    + " thay vì đoán. Bot vẫn có thể sai: hãy mở nguồn để kiểm tra.";
        }
        return "Backchannel answers questions about informal diplomacy (Track I, "
                + "1.5, II and III, back channels, mediation and"
                + " historical cases) from a knowledge base of "
                + topics
                + " topics written from verified sources. Every answer cites the "
                + "passages it rests on; when the knowledge base has nothing,"
                + " it says so instead of guessing. It can still be wrong: open the sources to check.";
    }
}
