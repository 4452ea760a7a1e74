package dev.backchannel.discord;

import dev.backchannel.answer.Conversation;
import dev.backchannel.knowledge.Language;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the buttons under answers and topic pages do. */
final class Buttons {

  private final RecentAnswers recent;
  private final TopicCards cards;
  private static final Logger log = LoggerFactory.getLogger(Buttons.class);

  Buttons(RecentAnswers recent, TopicCards cards) {
    this.recent = recent;
    this.cards = cards;
  }

  void handle(ButtonInteractionEvent event) {
    Language language = BotText.of(event.getUserLocale());
    String customId = event.getComponentId();
    Optional<InfoCommands.TopicsPage> page = InfoCommands.TopicsPage.parse(customId);
    if (page.isPresent()) {
      event.editMessage(MessageEditData.fromCreateData(InfoCommands.page(cards, page.get().kind(), page.get().page(), language))).queue();
      return;
    }
    Optional<ButtonId.Click> click = ButtonId.parse(customId);
    if (click.isEmpty()) {
      return;
    }
    Optional<RecentAnswers.Entry> entry = recent.answer(click.get().answerId());
    if (entry.isEmpty()) {
      event.reply(AnswerMessages.text(BotText.expired(language)).build()).setEphemeral(true).queue();
      return;
    }
    switch (click.get().button()) {
      case SOURCES -> event.reply(AnswerMessages.sources(entry.get().answer())).setEphemeral(true).queue();
      case HELPFUL -> {
        log.info("Feedback helpful on answer {} ({})", click.get().answerId(), entry.get().answer().citedTopicIds());
        event.reply(AnswerMessages.text(BotText.feedbackThanks(language, true)).build()).setEphemeral(true).queue();
      }
      case NOT_HELPFUL -> {
        log.info("Feedback not helpful on answer {} ({})", click.get().answerId(), entry.get().answer().citedTopicIds());
        event.reply(AnswerMessages.text(BotText.feedbackThanks(language, false)).build()).setEphemeral(true).queue();
      }
      case FOLLOW_UP -> openThread(event, entry.get(), language);
    }
  }

  private void openThread(ButtonInteractionEvent event, RecentAnswers.Entry entry, Language language) {
    String name = DiscordLimits.shorten(entry.answer().question(), 90);
    event.deferReply(true).queue();
    event.getMessage()
        .createThreadChannel(name)
        .queue(
            thread -> {
              Conversation conversation = entry.conversation();
              recent.openThread(thread.getId(), conversation);
              thread.sendMessage(AnswerMessages.text(BotText.threadIntro(entry.answer().language())).build()).queue();
              event.getHook().editOriginal(BotText.threadOpened(language, thread.getAsMention())).setAllowedMentions(Mentions.NONE).queue();
            },
            failure -> event.getHook().editOriginal(BotText.error(language, "thread")).setAllowedMentions(Mentions.NONE).queue());
  }
}
