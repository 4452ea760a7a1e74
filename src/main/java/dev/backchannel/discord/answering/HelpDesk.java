package dev.backchannel.discord.answering;

import dev.backchannel.store.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IPostContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTagSnowflake;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forum channels a server made help desks: each new post is a question, answered in the post's own
 * thread, and a post the bot could not answer gets the tag the admins chose, so educators see at a
 * glance which posts need a person.
 */
final class HelpDesk {

    private static final Logger log = LoggerFactory.getLogger(HelpDesk.class);

    private HelpDesk() {}

    /** Whether a message opens a post in a help desk: a post's first message has the thread's id. */
    static boolean isNewPost(MessageChannel channel, Message message, ServerSettings server) {
        return channel instanceof ThreadChannel thread
                && server.helpDesks().containsKey(thread.getParentChannel().getId())
                && message.getId().equals(thread.getId());
    }

    /** A post's question is its title and its first message, read together. */
    static String question(MessageChannel post, Message first) {
        String body = first.getContentRaw().strip();
        return body.isEmpty() ? post.getName() : post.getName() + "\n" + body;
    }

    /**
     * Adds the help desk's tag to a post in it, keeping the tags it has. Tagging needs Manage
     * Threads; without it the post stays untagged and the log says why.
     */
    static void flagForEducators(MessageChannel channel, ServerSettings server) {
        if (!(channel instanceof ThreadChannel thread)) {
            return;
        }
        String tagId = server.helpDesks().getOrDefault(thread.getParentChannel().getId(), "");
        if (tagId.isEmpty()
                || thread.getAppliedTags().stream().anyMatch(tag -> tag.getId().equals(tagId))) {
            return;
        }
        List<ForumTagSnowflake> tags = new ArrayList<>(thread.getAppliedTags());
        if (tags.size() >= IPostContainer.MAX_POST_TAGS) {
            log.warn("Post {} already has {} tags; the help desk's tag is not added", thread.getId(), tags.size());
            return;
        }
        tags.add(ForumTagSnowflake.fromId(tagId));
        try {
            thread.getManager()
                    .setAppliedTags(tags)
                    .queue(
                            null,
                            failure -> log.warn(
                                    "Post {} not tagged for educators: {}", thread.getId(), failure.getMessage()));
        } catch (InsufficientPermissionException | IllegalStateException | IllegalArgumentException e) {
            log.warn("Post {} not tagged for educators: {}", thread.getId(), e.getMessage());
        }
    }
}
