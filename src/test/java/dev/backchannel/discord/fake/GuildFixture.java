package dev.backchannel.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/**
 * One guild as the fake sends it in GUILD_CREATE: roles, text and forum channels, threads and
 * members.
 *
 * <p>The fake adds two things itself: the {@code @everyone} role (its id is the guild id) and the
 * bot's member, which holds a managed role with {@link #botRoleId()} and {@link #botPermissions()}
 * (administrator unless set, so JDA's own permission checks pass).
 */
public record GuildFixture(
        long id,
        String name,
        String locale,
        long everyonePermissions,
        long botRoleId,
        long botPermissions,
        List<Role> roles,
        List<Channel> channels,
        List<Member> members) {

    /** What a new member may do in a fresh guild: read, write, react, open and use threads. */
    public static final long DEFAULT_EVERYONE_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_HISTORY,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_ADD_REACTION,
            Permission.USE_APPLICATION_COMMANDS,
            Permission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_SEND_IN_THREADS);

    public GuildFixture {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    public record Role(long id, String name, long permissions) {}

    /**
     * A guild channel; {@code parentId} is 0 except for threads, whose parent is a text channel;
     * {@code tags} are a forum's available tags.
     */
    public record Channel(long id, int type, String name, long parentId, List<Tag> tags) {
        public static final int TEXT = 0;
        public static final int PUBLIC_THREAD = 11;
        public static final int PRIVATE_THREAD = 12;
        public static final int FORUM = 15;

        public Channel {
            tags = List.copyOf(tags);
        }

        public Channel(long id, int type, String name, long parentId) {
            this(id, type, name, parentId, List.of());
        }

        public boolean isThread() {
            return type == PUBLIC_THREAD || type == PRIVATE_THREAD;
        }
    }

    /** A tag a forum offers for its posts. */
    public record Tag(long id, String name) {}

    public record Member(FakeUser user, List<Long> roleIds) {
        public Member {
            roleIds = List.copyOf(roleIds);
        }
    }

    public static Builder builder(long id, String name) {
        return new Builder(id, name);
    }

    public Optional<Channel> channel(long channelId) {
        return channels.stream().filter(channel -> channel.id() == channelId).findFirst();
    }

    public Optional<Member> member(long userId) {
        return members.stream().filter(member -> member.user().id() == userId).findFirst();
    }

    /** The permissions a member has from @everyone and their roles (no channel overwrites). */
    public long permissionsOf(long userId) {
        long permissions = everyonePermissions;
        List<Long> roleIds = member(userId).map(Member::roleIds).orElse(List.of());
        for (Role role : roles) {
            if (roleIds.contains(role.id())) {
                permissions |= role.permissions();
            }
        }
        return permissions;
    }

    public static final class Builder {
        private final long id;
        private final String name;
        private String locale = "en-US";
        private long everyonePermissions = DEFAULT_EVERYONE_PERMISSIONS;
        private long botRoleId;
        private long botPermissions = Permission.ADMINISTRATOR.getRawValue();
        private final List<Role> roles = new ArrayList<>();
        private final List<Channel> channels = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();

        private Builder(long id, String name) {
            this.id = id;
            this.name = name;
            this.botRoleId = id + 1;
        }

        /** The guild's preferred locale, e.g. {@code vi} or {@code en-US}. */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        public Builder everyonePermissions(long permissions) {
            this.everyonePermissions = permissions;
            return this;
        }

        /** The bot's managed role; its id defaults to the guild id + 1. */
        public Builder botRole(long roleId, long permissions) {
            this.botRoleId = roleId;
            this.botPermissions = permissions;
            return this;
        }

        public Builder role(long roleId, String roleName, long permissions) {
            roles.add(new Role(roleId, roleName, permissions));
            return this;
        }

        public Builder textChannel(long channelId, String channelName) {
            channels.add(new Channel(channelId, Channel.TEXT, channelName, 0));
            return this;
        }

        /** A forum channel: each post in it is a thread; posts may carry some of its tags. */
        public Builder forumChannel(long channelId, String channelName, Tag... tags) {
            channels.add(new Channel(channelId, Channel.FORUM, channelName, 0, List.of(tags)));
            return this;
        }

        /** A public thread that already exists in a text channel of this guild. */
        public Builder thread(long threadId, long parentChannelId, String threadName) {
            channels.add(new Channel(threadId, Channel.PUBLIC_THREAD, threadName, parentChannelId));
            return this;
        }

        public Builder member(FakeUser user, Long... roleIds) {
            members.add(new Member(user, List.of(roleIds)));
            return this;
        }

        public GuildFixture build() {
            return new GuildFixture(
                    id, name, locale, everyonePermissions, botRoleId, botPermissions, roles, channels, members);
        }
    }
}
