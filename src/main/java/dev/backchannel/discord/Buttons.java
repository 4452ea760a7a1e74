package dev.backchannel.discord;

import dev.backchannel.answer.Conversation;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.Store;
import dev.backchannel.store.StoreException;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the buttons under answers and topic pages do. */
final class Buttons {

  private static final Logger log = LoggerFactory.getLogger(Buttons.class);

  private final RecentAnswers recent;
  private final TopicCards cards;
  private final Store store;
  private final Optional<QuizCommand> quizzes;
  private final SessionModeration moderation;

  Buttons(RecentAnswers recent, TopicCards cards, Store store, Optional<QuizCommand> quizzes, SessionModeration moderation) {
    this.moderation = moderation;
    this.recent = recent;
    this.cards = cards;
    this.store = store;
    this.quizzes = quizzes;
  }

  void handle(ButtonInteractionEvent event) {
    Language language = BotText.of(event.getUserLocale());
    String customId = event.getComponentId();
    if (SessionModeration.owns(customId)) {
      moderation.handle(event);
      return;
    }
    if (QuizCommand.owns(customId) && quizzes.isPresent()) {
      quizzes.get().click(event);
      return;
    }
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
      case HELPFUL -> vote(event, click.get().answerId(), true, language);
      case NOT_HELPFUL -> vote(event, click.get().answerId(), false, language);
      case FOLLOW_UP -> openThread(event, entry.get(), language);
    }
  }

  private void vote(ButtonInteractionEvent event, String answerId, boolean helpful, Language language) {
    String text;
    try {
      store.recordFeedback(answerId, event.getUser().getId(), helpful);
      text = BotText.feedbackThanks(language, helpful);
    } catch (StoreException e) {
      log.error("Feedback on answer {} not recorded", answerId, e);
      text = BotText.error(language, "feedback");
    }
    event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
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
