package dev.backchannel.discord.settings;

import static dev.backchannel.discord.BotText.say;

import dev.backchannel.knowledge.Language;
import dev.backchannel.store.Setting;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code /settings} says, in Vietnamese or English. */
final class SettingsText {

    private SettingsText() {}

    static String adminsOnly(Language language) {
        return say(
                language,
                "Chỉ thành viên có quyền Quản lý máy chủ (Manage Server) mới xem và đổi được cài đặt của Backchannel.",
                "Only members with the Manage Server permission can see and change Backchannel's settings.");
    }

    static String serverNotAllowed(Language language) {
        return say(
                language,
                "Người vận hành bot chưa bật Backchannel cho server này, nên chưa có gì để cài đặt.",
                "The bot's operator has not enabled Backchannel in this server, so there is nothing to set here.");
    }

    static String channelNotAllowed(Language language, List<String> allowed) {
        String channels = allowed.stream().map(id -> "<#" + id + ">").collect(Collectors.joining(", "));
        return say(
                language,
                "Người vận hành bot chỉ cho phép Backchannel ở các kênh: " + channels + ". Hãy chọn một trong số đó.",
                "The bot's operator allows Backchannel only in " + channels + ". Choose one of those.");
    }

    static String rateLimitRange(Language language, int ceiling) {
        return say(
                language,
                "Giới hạn phải từ 1 đến " + ceiling + " câu hỏi mỗi phút cho mỗi thành viên (" + ceiling
                        + " là mức trần người vận hành bot đặt).",
                "The limit must be between 1 and " + ceiling + " questions per minute per member (" + ceiling
                        + " is the ceiling the bot's operator set).");
    }

    static String noModel(Language language) {
        return say(
                language,
                "Người vận hành bot chưa cấu hình mô hình ngôn ngữ, nên câu trả lời "
                        + "luôn được trích từ nguồn; chỉ có thể tắt cài đặt này.",
                "The bot's operator has not configured a language model, so "
                        + "answers are extractive; this can only be off.");
    }

    static String everyoneRole(Language language) {
        return say(
                language,
                "Hãy chọn một vai trò khác @everyone: vai trò giáo viên cho phép mở buổi hỏi đáp và xem báo cáo.",
                "Choose a role other than @everyone: the educator role may run sessions and read reports.");
    }

    static String notAForum(Language language) {
        return say(language, "Bàn hỗ trợ phải là một kênh diễn đàn (forum).", "A help desk must be a forum channel.");
    }

    static String unknownTag(Language language, String wanted, List<String> tags) {
        String names = tags.isEmpty() ? say(language, "(không có thẻ nào)", "(none)") : String.join(", ", tags);
        return say(
                language,
                "Diễn đàn này không có thẻ “" + wanted + "”. Các thẻ của nó: " + names + ".",
                "This forum has no tag “" + wanted + "”. Its tags: " + names + ".");
    }

    static String saved(Language language) {
        return say(language, "✅ Đã lưu. Áp dụng từ câu hỏi tiếp theo.", "✅ Saved. It applies from the next question.");
    }

    static String unchanged(Language language) {
        return say(
                language,
                "Không có gì thay đổi: cài đặt vốn đã như vậy.",
                "Nothing changed: that was already the setting.");
    }

    static String title(Language language, String server) {
        return say(language, "Cài đặt Backchannel của " + server, "Backchannel settings for " + server);
    }

    static String footer(Language language) {
        return say(
                language,
                "Đổi bằng /settings · Lịch sử: /settings history",
                "Change with /settings · History: /settings history");
    }

    static String historyTitle(Language language) {
        return say(language, "Các thay đổi cài đặt gần đây", "Recent settings changes");
    }

    static String noHistory(Language language) {
        return say(
                language,
                "Chưa có thay đổi nào: server đang dùng cài đặt mặc định.",
                "No changes yet: this server uses the defaults.");
    }

    static String label(Language language, Setting setting) {
        return switch (setting) {
            case LANGUAGE -> say(language, "Ngôn ngữ trả lời", "Answer language");
            case ANSWER_CHANNELS -> say(language, "Kênh bot trả lời", "Channels the bot answers in");
            case IGNORED_CHANNELS -> say(language, "Kênh bot bỏ qua", "Channels the bot ignores");
            case EDUCATOR_ROLE -> say(language, "Vai trò giáo viên", "Educator role");
            case PRIVATE_ANSWERS -> say(language, "Câu trả lời /ask", "/ask answers");
            case LLM -> say(language, "Mô hình ngôn ngữ", "Language model");
            case USER_QUESTIONS_PER_MINUTE -> say(language, "Giới hạn câu hỏi", "Question limit");
            case HELP_DESKS -> say(language, "Bàn hỗ trợ (diễn đàn)", "Help desks (forums)");
        };
    }

    static String auto(Language language) {
        return say(language, "Tự động (theo ngôn ngữ người hỏi)", "Auto (the asker's language)");
    }

    static String everywhere(Language language) {
        return say(language, "Mọi kênh bot đọc được", "Everywhere the bot can read");
    }

    static String none(Language language) {
        return say(language, "Không có", "None");
    }

    static String byDefault(Language language) {
        return say(language, "mặc định", "default");
    }

    static String operatorsRole(Language language, String roleId) {
        return say(language, "Theo người vận hành: <@&" + roleId + ">", "The operator's: <@&" + roleId + ">");
    }

    static String manageMessagesOnly(Language language) {
        return say(language, "Chỉ thành viên có quyền Manage Messages", "Members with Manage Messages only");
    }

    static String visibility(Language language, boolean privately) {
        return privately
                ? say(language, "Riêng tư: chỉ người hỏi thấy", "Private: only the asker sees them")
                : say(language, "Công khai", "Public");
    }

    static String onOff(Language language, boolean on) {
        return on ? say(language, "Bật", "On") : say(language, "Tắt", "Off");
    }

    static String notConfigured(Language language) {
        return say(
                language,
                "Người vận hành chưa cấu hình (câu trả lời trích từ nguồn)",
                "Not configured by the operator (extractive answers)");
    }

    static String perMinute(Language language, int perMinute, int ceiling) {
        return say(
                language,
                perMinute + " câu mỗi phút cho mỗi thành viên (trần: " + ceiling + ")",
                perMinute + " per minute per member (ceiling: " + ceiling + ")");
    }

    static String helpDesk(Language language, String forumId, String tagName) {
        String tag = tagName.isEmpty()
                ? say(language, "không gắn thẻ", "no tag")
                : say(language, "thẻ cần người trả lời: ", "tag for posts that need a person: ") + tagName;
        return "<#" + forumId + "> · " + tag;
    }
}
