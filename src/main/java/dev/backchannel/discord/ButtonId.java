package dev.backchannel.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A button's custom id: the name of the feature that made the button (its owner), then what that
 * feature needs to act on a click, joined by {@code :}, as in {@code bcq:<quiz>:<question>:<choice>}.
 * The router sends a click to the feature the id names.
 */
public record ButtonId(String owner, List<String> elements) {

    private static final String SEPARATOR = ":";

    public ButtonId {
        if (owner.contains(SEPARATOR)) {
            throw new IllegalArgumentException("A button's owner has no '" + SEPARATOR + "': " + owner);
        }
        elements = List.copyOf(elements);
    }

    public static ButtonId of(String owner, String... elements) {
        return new ButtonId(owner, Arrays.asList(elements));
    }

    /** The id as Discord carries it; every element after the owner follows a {@code :}. */
    public String customId() {
        List<String> parts = new ArrayList<>();
        parts.add(owner);
        parts.addAll(elements);
        return String.join(SEPARATOR, parts);
    }

    /** The owner and elements of a custom id; an id without {@code :} is an owner alone. */
    public static ButtonId parse(String customId) {
        String[] parts = customId.split(SEPARATOR, -1);
        return new ButtonId(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }
}
