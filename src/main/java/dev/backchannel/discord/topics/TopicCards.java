package dev.backchannel.discord.topics;

import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Source;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * A topic of the knowledge base shown as a card: its summary and chosen sections, each numbered
 * and cited to the topic's sources. Also the autocomplete over topic names.
 */
public final class TopicCards {

    private static final Color CARD = new Color(0x2F855A);
    private static final int AUTOCOMPLETE_CHOICES = 25;

    private final Supplier<KnowledgeBase> knowledge;

    /** @param knowledge the version being served, read once per card or list */
    public TopicCards(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    /** The topic in the wanted language, else the other one. */
    Optional<Topic> topic(String id, Language language) {
        return knowledge.get().topicPreferring(id, language);
    }

    /** A card with the summary and the sections whose slug is in {@code sections}, in topic order. */
    MessageEmbed card(Topic topic, Set<String> sections) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(CARD)
                .setTitle(DiscordLimits.shorten(topic.title(), DiscordLimits.EMBED_TITLE));
        StringBuilder text = new StringBuilder(MarkdownSanitizer.escape(topic.summary()));
        List<Passage> passages = knowledge.get().passages().stream()
                .filter(p -> p.topicId().equals(topic.id()) && p.language() == topic.language())
                .filter(p -> sections.contains(p.sectionSlug()))
                .toList();
        int n = 0;
        for (Passage passage : passages) {
            n++;
            text.append("\n\n**")
                    .append(MarkdownSanitizer.escape(passage.section()))
                    .append("** [")
                    .append(n)
                    .append("]\n");
            text.append(passage.text());
        }
        embed.setDescription(DiscordLimits.shorten(text.toString(), DiscordLimits.EMBED_DESCRIPTION));
        List<String> lines = new ArrayList<>();
        for (Source source : topic.sources()) {
            lines.add("• [" + MarkdownSanitizer.escape(source.title()).replace("]", "\\]") + "]("
                    + source.url().replace(")", "%29") + ")");
        }
        List<String> chunks = DiscordLimits.pack(lines, DiscordLimits.FIELD_VALUE);
        for (int i = 0; i < chunks.size() && i < 3; i++) {
            embed.addField(
                    i == 0 ? BotText.sources(topic.language()) : BotText.moreSources(topic.language()),
                    chunks.get(i),
                    false);
        }
        embed.setFooter(topic.id() + " · " + topic.kind().code());
        return embed.build();
    }

    /**
     * Topics whose title or alias contains what was typed, diacritics optional, in the user's
     * language first; offered as (title, id).
     */
    List<Command.Choice> choices(String typed, Language language, Optional<dev.backchannel.knowledge.Kind> kind) {
        String wanted = TextFolding.foldWords(typed);
        KnowledgeBase knowledge = this.knowledge.get();
        List<Topic> matching = new ArrayList<>();
        for (Topic topic : knowledge.topics()) {
            if (kind.isPresent() && topic.kind() != kind.get()) {
                continue;
            }
            boolean match = TextFolding.foldWords(topic.title()).contains(wanted)
                    || topic.id().contains(wanted.replace(' ', '-'));
            for (String alias : topic.aliases()) {
                match |= TextFolding.foldWords(alias).contains(wanted);
            }
            if (match) {
                matching.add(topic);
            }
        }
        List<String> seen = new ArrayList<>();
        List<Command.Choice> choices = new ArrayList<>();
        matching.sort(Comparator.comparing((Topic t) -> t.language() != language)
                .thenComparing(t -> t.title().toLowerCase(Locale.ROOT)));
        for (Topic topic : matching) {
            if (!seen.contains(topic.id())) {
                seen.add(topic.id());
                Topic shown = knowledge.topicPreferring(topic.id(), language).orElse(topic);
                choices.add(new Command.Choice(DiscordLimits.shorten(shown.title(), 100), topic.id()));
            }
            if (choices.size() == AUTOCOMPLETE_CHOICES) {
                break;
            }
        }
        return choices;
    }

    List<Topic> topics(Optional<dev.backchannel.knowledge.Kind> kind, Language language) {
        return knowledge.get().topics().stream()
                .filter(t -> t.language() == language)
                .filter(t -> kind.isEmpty() || t.kind() == kind.get())
                .sorted(Comparator.comparing(dev.backchannel.knowledge.Topic::kind)
                        .thenComparing(Topic::id))
                .toList();
    }

    int size() {
        return (int) knowledge.get().topics().stream().map(Topic::id).distinct().count();
    }
}
