package org.chorus.notification.mail;

/** An email ready to queue: subject, plain-text and HTML parts, in the locale they were written in. */
public record RenderedEmail(String subject, String text, String html, String locale) {
}
