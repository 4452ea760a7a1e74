package dev.backchannel.discord.settings;

import dev.backchannel.discord.Localized;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.Setting;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** How {@code /settings} is declared to Discord: its subcommands and options, in both languages. */
final class SettingsCommandData {

    private SettingsCommandData() {}

    static SlashCommandData definition(SettingsBounds bounds) {
        String english = "Admins: see and change how Backchannel works in this server";
        SlashCommandData data = Localized.describe(
                Commands.slash("settings", english),
                english,
                "Quản trị: xem và đổi cách Backchannel hoạt động trong server này");
        data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        data.addSubcommands(
                Localized.subcommand("show", "xem", "This server's settings", "Cài đặt của server này"),
                Localized.subcommand(
                                "language",
                                "ngon-ngu",
                                "The language answers are written in",
                                "Ngôn ngữ của câu trả lời")
                        .addOptions(Localized.option(
                                new OptionData(
                                                OptionType.STRING,
                                                "value",
                                                "Auto (the asker's), Vietnamese or English",
                                                true)
                                        .addChoices(
                                                choice(
                                                        "Auto (the asker's language)",
                                                        "Tự động (theo người hỏi)",
                                                        AnswerLanguage.AUTO.code()),
                                                choice("Vietnamese", "Tiếng Việt", AnswerLanguage.VI.code()),
                                                choice("English", "Tiếng Anh", AnswerLanguage.EN.code())),
                                "gia-tri",
                                "Auto (the asker's), Vietnamese or English",
                                "Tự động (theo người hỏi), tiếng Việt hoặc tiếng Anh")),
                Localized.subcommand(
                                "answer-channel",
                                "kenh-tra-loi",
                                "Add or remove a channel the bot answers in (none: everywhere)",
                                "Thêm hoặc bỏ kênh bot trả lời (không có: mọi kênh)")
                        .addOptions(action(), channel("The channel", "Kênh")),
                Localized.subcommand(
                                "ignore-channel",
                                "kenh-bo-qua",
                                "Add or remove a channel the bot never answers in",
                                "Thêm hoặc bỏ kênh bot không bao giờ trả lời")
                        .addOptions(action(), channel("The channel", "Kênh")),
                Localized.subcommand(
                                "educator-role",
                                "vai-tro-giao-vien",
                                "The role that may run sessions and read reports",
                                "Vai trò được mở buổi hỏi đáp và xem báo cáo")
                        .addOptions(Localized.option(
                                new OptionData(OptionType.ROLE, "role", "The educators' role", true),
                                "vai-tro",
                                "The educators' role",
                                "Vai trò của giáo viên")),
                Localized.subcommand(
                                "privacy",
                                "rieng-tu",
                                "Whether /ask answers are private by default",
                                "Câu trả lời /ask có riêng tư theo mặc định không")
                        .addOptions(Localized.option(
                                new OptionData(OptionType.BOOLEAN, "private", "Only the asker sees answers", true),
                                "rieng-tu",
                                "Only the asker sees answers",
                                "Chỉ người hỏi thấy câu trả lời")),
                Localized.subcommand(
                                "llm",
                                "mo-hinh",
                                "Whether a language model writes answers (when the operator has one)",
                                "Có dùng mô hình ngôn ngữ để viết câu trả lời không (khi người vận hành có)")
                        .addOptions(Localized.option(
                                new OptionData(OptionType.BOOLEAN, "enabled", "Use the language model", true),
                                "bat",
                                "Use the language model",
                                "Dùng mô hình ngôn ngữ")),
                Localized.subcommand(
                                "rate-limit",
                                "gioi-han",
                                "Questions per minute per member, up to the operator's ceiling",
                                "Số câu hỏi mỗi phút cho mỗi thành viên, tối đa bằng mức trần của người vận hành")
                        .addOptions(Localized.option(
                                new OptionData(
                                                OptionType.INTEGER,
                                                "per-minute",
                                                "Questions per minute (1-" + bounds.ceiling() + ")",
                                                true)
                                        .setRequiredRange(1, bounds.ceiling()),
                                "moi-phut",
                                "Questions per minute (1-" + bounds.ceiling() + ")",
                                "Số câu hỏi mỗi phút (1-" + bounds.ceiling() + ")")),
                Localized.subcommand(
                                "help-desk",
                                "ban-ho-tro",
                                "Make a forum a help desk: every new post is answered in its thread",
                                "Biến một diễn đàn thành bàn hỗ trợ: mỗi bài mới được trả lời trong chủ đề của nó")
                        .addOptions(
                                action(),
                                Localized.option(
                                        new OptionData(OptionType.CHANNEL, "forum", "The forum channel", true)
                                                .setChannelTypes(ChannelType.FORUM),
                                        "dien-dan",
                                        "The forum channel",
                                        "Kênh diễn đàn"),
                                Localized.option(
                                        new OptionData(
                                                        OptionType.STRING,
                                                        "tag",
                                                        "Tag for posts the bot cannot answer",
                                                        false)
                                                .setAutoComplete(true),
                                        "the",
                                        "Tag for posts the bot cannot answer",
                                        "Thẻ gắn cho bài bot không trả lời được")),
                Localized.subcommand(
                        "history",
                        "lich-su",
                        "The last changes: who, when, from what to what",
                        "Các thay đổi gần đây: ai, khi nào, từ gì sang gì"),
                Localized.subcommand(
                                "reset",
                                "dat-lai",
                                "Put one setting back to its default",
                                "Đưa một cài đặt về mặc định")
                        .addOptions(Localized.option(resetChoices(), "cai-dat", "The setting", "Cài đặt")));
        return data;
    }

    private static Command.Choice choice(String english, String vietnamese, String value) {
        return new Command.Choice(english, value).setNameLocalization(DiscordLocale.VIETNAMESE, vietnamese);
    }

    private static OptionData action() {
        return Localized.option(
                new OptionData(OptionType.STRING, "action", "Add or remove", true)
                        .addChoices(choice("add", "thêm", "add"), choice("remove", "bỏ", "remove")),
                "thao-tac",
                "Add or remove",
                "Thêm hoặc bỏ");
    }

    private static OptionData channel(String english, String vietnamese) {
        return Localized.option(
                new OptionData(OptionType.CHANNEL, "channel", english, true)
                        .setChannelTypes(
                                ChannelType.TEXT,
                                ChannelType.NEWS,
                                ChannelType.FORUM,
                                ChannelType.VOICE,
                                ChannelType.STAGE),
                "kenh",
                english,
                vietnamese);
    }

    private static OptionData resetChoices() {
        OptionData option = new OptionData(OptionType.STRING, "setting", "The setting", true);
        for (Setting setting : Setting.values()) {
            option.addChoices(choice(
                    SettingsText.label(Language.EN, setting), SettingsText.label(Language.VI, setting), setting.key()));
        }
        return option;
    }
}
