package dev.backchannel.discord.notes;

import static dev.backchannel.discord.BotText.say;

import dev.backchannel.knowledge.Language;

/** What {@code /knowledge} says, in the educator's language. */
final class NotesText {

    private NotesText() {}

    static String added(Language language, String id, String title, boolean replaced) {
        return replaced
                ? say(
                        language,
                        "Đã cập nhật **" + title + "** (`" + id + "`); bản cũ được lưu trong lịch sử.",
                        "Updated **" + title + "** (`" + id + "`); the earlier version is kept in its history.")
                : say(
                        language,
                        "Đã thêm **" + title + "** (`" + id
                                + "`): từ câu hỏi tiếp theo, bot trả lời câu hỏi trong server"
                                + " này bằng cả ghi chú này.",
                        "Added **" + title + "** (`" + id + "`): from the next question on, answers in this server"
                                + " use it too.");
    }

    static String refused(Language language) {
        return say(language, "Chưa lưu gì. Cần sửa:", "Nothing was stored. To fix:");
    }

    static String warnings(Language language) {
        return say(
                language,
                "Gợi ý (không bắt buộc với ghi chú của lớp, bắt buộc với kho kiến thức chung):",
                "Suggestions (optional for course notes, required in the shared knowledge base):");
    }

    static String tooLarge(Language language, long size, long max) {
        return say(
                language,
                "Tệp có " + size + " byte; ghi chú tối đa " + max + " byte. Chưa tải xuống, chưa lưu gì.",
                "The file has " + size + " bytes; course notes are at most " + max
                        + " bytes. It was not downloaded and nothing was stored.");
    }

    static String notDownloaded(Language language) {
        return say(
                language,
                "Không tải được tệp từ Discord. Hãy thử lại.",
                "The file could not be downloaded from" + " Discord. Please try again.");
    }

    static String template(Language language) {
        return say(
                language,
                "Mẫu ghi chú: sửa rồi gửi lại bằng **/knowledge add**. Mỗi tệp là một chủ đề; phần đầu (front matter)"
                        + " và ít nhất một mục `##` là bắt buộc.",
                "A template: edit it, then send it back with **/knowledge add**. One file is one topic; the front"
                        + " matter and at least one `##` section are required.");
    }

    static String none(Language language) {
        return say(language, "Server này chưa có ghi chú riêng.", "This server has no course notes of its own.");
    }

    static String listTitle(Language language, int count, int max) {
        return say(
                language,
                "Ghi chú của server (" + count + "/" + max + ")",
                "This server's notes (" + count + "/" + max + ")");
    }

    static String line(Language language, String id, String lang, String title, String by, String day) {
        return say(
                language,
                "`" + id + "` (" + lang + ") **" + title + "**, " + by + " thêm ngày " + day,
                "`" + id + "` (" + lang + ") **" + title + "**, added by " + by + " on " + day);
    }

    static String unknown(Language language, String id) {
        return say(
                language,
                "Server này không có ghi chú `" + id + "`. Xem **/knowledge list**.",
                "This server has no notes `" + id + "`. See **/knowledge list**.");
    }

    static String removed(Language language, String id, int versions) {
        return say(
                language,
                "Đã gỡ `" + id + "` (" + versions + " ngôn ngữ): từ câu hỏi tiếp theo, bot không dùng nó nữa.",
                "Removed `" + id + "` (" + versions + " language version" + (versions == 1 ? "" : "s")
                        + "): from the next question on, answers no longer use it.");
    }
}
