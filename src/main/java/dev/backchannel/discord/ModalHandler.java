package dev.backchannel.discord;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;

/**
 * A feature that shows modals: every modal id it makes starts with its name, as a button's does,
 * and the router sends it what people submit in them.
 */
public interface ModalHandler {

    /** The feature's name: the {@link ButtonId#owner()} of the modal ids it makes. */
    String owner();

    /** A submitted modal whose id is {@code id}. */
    void submit(ModalInteractionEvent event, ButtonId id);
}
