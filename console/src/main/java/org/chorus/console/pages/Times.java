package org.chorus.console.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * The services give times as ISO-8601 instants; a person reads "7 Dec 2026, 22:08 UTC". Each time is a
 * {@code <time>} element, so that assets/times.js can show it in the reader's own time zone, and the page still
 * reads well without script. In a template: {@code {when:of(batch.createdAt)}}.
 */
@TemplateExtension(namespace = "when")
public final class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static RawString of(Object value) {
        if (value == null || value.toString().isBlank()) {
            return new RawString("");
        }
        String text = value.toString();
        try {
            Instant at = Instant.parse(text);
            return new RawString("<time datetime=\"" + at + "\">" + READABLE.format(at) + "</time>");
        } catch (DateTimeParseException e) {
            return new RawString(escape(text));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
