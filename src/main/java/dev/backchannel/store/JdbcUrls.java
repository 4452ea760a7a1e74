package dev.backchannel.store;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in messages and logs: a password in the URL is masked. */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]+):[^/@]*@");

    private JdbcUrls() {}

    static String redact(String jdbcUrl) {
        String masked = PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1:***@");
    }
}
