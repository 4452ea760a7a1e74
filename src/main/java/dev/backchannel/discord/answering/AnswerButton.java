package dev.backchannel.discord.answering;

import dev.backchannel.discord.ButtonId;
import java.util.List;
import java.util.Optional;

/** The buttons under an answer; their custom id is {@code bc:<button>:<answer id>}. */
public enum AnswerButton {
    SOURCES("src"),
    HELPFUL("up"),
    NOT_HELPFUL("down"),
    FOLLOW_UP("thread"),
    SHARE("share"),
    REPORT("report");

    /** The owner of the buttons under answers. */
    static final String OWNER = "bc";

    private final String code;

    AnswerButton(String code) {
        this.code = code;
    }

    public String id(String answerId) {
        return ButtonId.of(OWNER, code, answerId).customId();
    }

    /** A parsed custom id: which button, on which answer. */
    record Click(AnswerButton button, String answerId) {}

    static Optional<Click> parse(ButtonId id) {
        List<String> elements = id.elements();
        if (!id.owner().equals(OWNER) || elements.size() < 2) {
            return Optional.empty();
        }
        for (AnswerButton button : values()) {
            if (button.code.equals(elements.get(0))) {
                return Optional.of(new Click(button, String.join(":", elements.subList(1, elements.size()))));
            }
        }
        return Optional.empty();
    }
}
