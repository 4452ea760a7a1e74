package dev.backchannel.store;

import java.util.regex.Pattern;

/**
 * What a user typed, made literal for the Markdown of reports, which is read in a terminal, in a
 * Discord embed and in any Markdown viewer: a backslash before each character that could start
 * markup makes a tag, a masked link, a mention or formatting show as the characters typed, in
 * CommonMark and in Discord alike. The text is kept on one line, so none of it can start a
 * heading, a list or a quote of its own.
 */
final class MarkdownText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_~|\\[\\]<>&@]");

    private MarkdownText() {}

    static String literal(String text) {
        return MARKUP.matcher(LINE_BREAK.matcher(text).replaceAll(" ")).replaceAll("\\\\$0");
    }
}
