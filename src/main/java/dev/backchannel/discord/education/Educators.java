package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.settings.GuildSettings;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Who may use the educator commands: Manage Messages, or the educator role, which is the one the
 * server's admins chose or else the operator's.
 */
public final class Educators {

    private final String operatorRoleId;
    private final GuildSettings settings;

    public Educators(String operatorRoleId, GuildSettings settings) {
        this.operatorRoleId = operatorRoleId;
        this.settings = settings;
    }

    /**
     * Lets an educator's interaction through; anyone else gets a private refusal in their language.
     *
     * @return whether the caller may go on
     */
    public boolean admit(IReplyCallback event) {
        if (isEducator(event.getMember())) {
            return true;
        }
        event.reply(AnswerMessages.text(BotText.educatorsOnly(BotText.of(event.getUserLocale())))
                        .build())
                .setEphemeral(true)
                .queue();
        return false;
    }

    boolean isEducator(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MESSAGE_MANAGE)) {
            return true;
        }
        String chosen = settings.of(member.getGuild().getId()).educatorRoleId();
        String roleId = chosen.isBlank() ? operatorRoleId : chosen;
        return !roleId.isBlank()
                && member.getRoles().stream().anyMatch(role -> role.getId().equals(roleId));
    }
}
