package dev.backchannel.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A feature that makes buttons: every button id it makes starts with its name, and the router
 * sends it the clicks on them, as it sends a command to the command of that name.
 */
public interface ButtonHandler {

    /** The feature's name: the {@link ButtonId#owner()} of the buttons it makes. */
    String owner();

    /** A click on one of the feature's buttons, whose id is {@code id}. */
    void click(ButtonInteractionEvent event, ButtonId id);
}
