package dev.backchannel.discord;

import dev.backchannel.discord.answering.MessageAnswers;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.ops.Outcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Discord events to the command that handles them, by its name, and button clicks to the
 * feature that made the button, by the owner its id names; off the gateway thread, and with any
 * failure turned into a private message with a reference that is also in the log: nothing is left
 * "thinking" forever.
 */
final class InteractionRouter extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);

    private final Map<String, SlashCommand> commands;
    private final Map<String, MessageCommand> messageCommands;
    private final Map<String, ButtonHandler> buttons;
    private final Map<String, ModalHandler> modals;
    private final MessageAnswers messages;
    private final ExecutorService workers;
    private final Metrics metrics;

    InteractionRouter(
            List<SlashCommand> commands,
            List<MessageCommand> messageCommands,
            List<ButtonHandler> buttons,
            List<ModalHandler> modals,
            MessageAnswers messages,
            ExecutorService workers,
            Metrics metrics) {
        this.metrics = metrics;
        this.commands = commands.stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.data().getName(), Function.identity()));
        this.messageCommands = messageCommands.stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.data().getName(), Function.identity()));
        this.buttons =
                buttons.stream().collect(Collectors.toUnmodifiableMap(ButtonHandler::owner, Function.identity()));
        this.modals = modals.stream().collect(Collectors.toUnmodifiableMap(ModalHandler::owner, Function.identity()));
        this.messages = messages;
        this.workers = workers;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command != null) {
            run(event, () -> command.handle(event));
        }
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        MessageCommand command = messageCommands.get(event.getName());
        if (command != null) {
            run(event, () -> command.handle(event));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command != null) {
            try {
                command.autocomplete(event);
            } catch (RuntimeException e) {
                log.warn("Autocomplete for /{} failed", event.getName(), e);
            }
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        ButtonId id = ButtonId.parse(event.getComponentId());
        ButtonHandler feature = buttons.get(id.owner());
        if (feature != null) {
            run(event, () -> feature.click(event, id));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        ButtonId id = ButtonId.parse(event.getModalId());
        ModalHandler feature = modals.get(id.owner());
        if (feature != null) {
            run(event, () -> feature.submit(event, id));
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            workers.execute(() -> {
                try {
                    messages.handle(event);
                } catch (RuntimeException e) {
                    metrics.question(Metrics.UNKNOWN, Metrics.UNKNOWN, Outcome.ERROR);
                    log.error("Answering message {} failed", event.getMessageId(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Shutting down: message {} not answered", event.getMessageId());
        }
    }

    private void run(IReplyCallback event, Runnable handler) {
        try {
            workers.execute(() -> {
                try {
                    handler.run();
                } catch (RuntimeException e) {
                    fail(event, e);
                }
            });
        } catch (RejectedExecutionException e) {
            fail(event, e);
        }
    }

    private void fail(IReplyCallback event, Exception e) {
        metrics.question(Metrics.UNKNOWN, Metrics.UNKNOWN, Outcome.ERROR);
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Interaction failed, reference {}", reference, e);
        Language language = BotText.of(event.getUserLocale());
        String text = BotText.error(language, reference);
        if (event.isAcknowledged()) {
            // The deferred reply may be public: replace it with a private note rather than show an error to all.
            event.getHook().deleteOriginal().queue(null, ignored -> {});
            event.getHook()
                    .sendMessage(AnswerMessages.text(text).build())
                    .setEphemeral(true)
                    .queue();
        } else {
            event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
        }
    }
}
