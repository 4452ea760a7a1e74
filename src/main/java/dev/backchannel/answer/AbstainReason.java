package dev.backchannel.answer;

/** Why the bot gave no answer: shown in {@code ask --json} and counted by {@code eval}. */
public enum AbstainReason {
    /** A greeting or thanks, answered with what the bot does. */
    SMALL_TALK,
    /** No passage was found, or the question has no word to search for. */
    NO_EVIDENCE,
    /** The question's only content words are numbers ("what's 17 * 23?"). */
    NUMBERS_ONLY,
    /** The question names a year that none of the best passages mentions. */
    UNMENTIONED_YEAR,
    /**
     * The question asks for a fact of the present day ("how many people live in Oslo these
     * days?"): the knowledge base holds no live figures, whatever its passages share with it.
     */
    PRESENT_DAY,
    /**
     * The question asks how many or how much, and none of the best passages states an amount of what
     * it counts ("how many rooms does the Shangri-La Hotel have?").
     */
    AMOUNT_NOT_STATED,
    /**
     * The question asks about a practical matter of everyday life (the weather, a hotel, a ticket,
     * food) that none of the best passages speaks of: "best time to visit Pugwash? any good
     * beaches?" names a case's venue, not anything the knowledge base says about it.
     */
    EVERYDAY_MATTER,
    /** The best passages share too little of the question's words and meaning. */
    LOW_COVERAGE;

    /** The reason as JSON and reports spell it: {@code low_coverage}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
