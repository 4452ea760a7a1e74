package dev.backchannel.ops;

/** How an exception reads in the health report. */
final class Problems {

    private Problems() {}

    static String describe(Exception e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
