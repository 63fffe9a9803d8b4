package org.chorus.mailbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for everything a mail puts on a page: every value is escaped, including inside attributes. */
final class Html {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    private Html() {
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Escapes plain text and makes its http(s) links clickable, so a person can follow a confirmation link. */
    static String escapeWithLinks(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher matcher = URL.matcher(text);
        int done = 0;
        while (matcher.find()) {
            String url = withoutTrailingPunctuation(matcher.group());
            int end = matcher.start() + url.length();
            html.append(escape(text.substring(done, matcher.start())))
                    .append("<a href=\"").append(escape(url)).append("\" rel=\"noreferrer\">")
                    .append(escape(url)).append("</a>");
            done = end;
        }
        return html.append(escape(text.substring(done))).toString();
    }

    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
