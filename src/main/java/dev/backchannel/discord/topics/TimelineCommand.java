package dev.backchannel.discord.topics;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.timeline.CaseTimeline;
import dev.backchannel.timeline.NotOnTimelineException;
import dev.backchannel.timeline.TimelinePicture;
import dev.backchannel.timeline.TimelineRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /timeline [track]}: the knowledge base's cases on a time axis, grouped by track, as a picture. */
public final class TimelineCommand implements SlashCommand {

    private static final String DESCRIPTION = "The historical cases on a timeline, as a picture";
    private static final String OPTION = "Only the cases of one track";
    /** Discord's limit on a choice's name. */
    private static final int CHOICE_NAME = 100;

    private final TimelineFiles files;

    public TimelineCommand(TimelineFiles files) {
        this.files = files;
    }

    @Override
    public boolean userInstallable() {
        return true;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Commands.slash("timeline", DESCRIPTION);
        Localized.describe(data, DESCRIPTION, "Các trường hợp lịch sử trên một dòng thời gian, bằng hình");
        OptionData track = new OptionData(OptionType.STRING, "track", OPTION, false);
        // The tracks that have cases, named by their titles in both languages.
        Map<String, String> vietnamese = new HashMap<>();
        files.tracks(Language.VI).forEach(t -> vietnamese.put(t.id(), t.title()));
        for (CaseTimeline.Track english : files.tracks(Language.EN)) {
            track.addChoices(new Command.Choice(DiscordLimits.shorten(english.title(), CHOICE_NAME), english.id())
                    .setNameLocalization(
                            DiscordLocale.VIETNAMESE,
                            DiscordLimits.shorten(
                                    vietnamese.getOrDefault(english.id(), english.title()), CHOICE_NAME)));
        }
        data.addOptions(Localized.option(track, "kenh", OPTION, "Chỉ các trường hợp của một kênh"));
        return data;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        Optional<String> track = Optional.ofNullable(event.getOption("track", null, OptionMapping::getAsString));
        TimelinePicture picture;
        try {
            picture = files.draw(new TimelineRequest(language, track, Optional.empty()));
        } catch (NotOnTimelineException e) {
            // The choices were registered with an older knowledge base that had cases on this track.
            event.reply(AnswerMessages.text(files.noCases(language)).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        event.reply(AnswerMessages.text(picture.caption())
                        .addFiles(TimelineFiles.upload(picture))
                        .build())
                .queue();
    }
}
