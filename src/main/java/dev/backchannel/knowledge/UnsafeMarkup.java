package dev.backchannel.knowledge;

import java.util.regex.Pattern;

/**
 * Text that Discord or a terminal would act on instead of showing it: mentions, masked links (the
 * text shown, the address hidden) and tags. A model's answer is data: all of it is taken out before
 * anyone reads it. A question has its mentions taken out, and a server's course notes all of it,
 * before they are stored.
 */
public final class UnsafeMarkup {

    public static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)\\d+>|@(everyone|here)\\b");
    /** [text](address), the address possibly holding one level of parentheses or a title. */
    private static final Pattern MASKED_LINK = Pattern.compile("\\[([^\\[\\]]*)]\\((?:[^()]|\\([^()]*\\))*\\)");
    /** Anything in angle brackets on one line: HTML, prompt tags, Discord emoji and timestamps. */
    private static final Pattern TAG = Pattern.compile("<[^<>\\n]*>");
    /**
     * The end of a text still being written that may yet become one of those: an open tag, an open
     * bracket or a closed one a link address may follow, an at-sign word.
     */
    private static final Pattern UNFINISHED =
            Pattern.compile("(?:<[^<>\\n]*|\\[[^\\[\\]]*(?:](?:\\([^)]*)?)?|@[^\\s@]*)$");

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private UnsafeMarkup() {}

    /** The text with masked links reduced to their text and mentions and tags taken out. */
    public static String strip(String text) {
        return SPACES.matcher(withoutMarkup(text)).replaceAll(" ");
    }

    /**
     * As {@link #strip}, keeping every line and its indentation: for a whole file whose YAML and
     * line numbers must survive.
     */
    public static String withoutMarkup(String text) {
        String plain = MASKED_LINK.matcher(text).replaceAll("$1");
        plain = MENTION.matcher(plain).replaceAll(" ");
        return TAG.matcher(plain).replaceAll(" ");
    }

    /**
     * What of a text still being written can be shown now: stripped, without an end that more text
     * could turn into a mention, a link or a tag. The end is shown once it is finished.
     */
    public static String finishedPart(String soFar) {
        return strip(UNFINISHED.matcher(soFar).replaceFirst("")).stripLeading();
    }
}
