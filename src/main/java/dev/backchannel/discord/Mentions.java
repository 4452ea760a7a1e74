package dev.backchannel.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;

/** The bot never pings anyone: every message it sends allows no mentions at all. */
public final class Mentions {

    public static final EnumSet<Message.MentionType> NONE = EnumSet.noneOf(Message.MentionType.class);

    private Mentions() {}
}
