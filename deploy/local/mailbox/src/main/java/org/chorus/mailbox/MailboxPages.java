package org.chorus.mailbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pages a person reads: the list of messages, and one message. Server-rendered, no scripts. */
final class MailboxPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body{font:15px/1.4 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd}
            td.time{white-space:nowrap;color:#555}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
            iframe{width:100%;height:36rem;border:1px solid #ccc}dt{font-weight:bold}dd{margin:0 0 .5rem}
            """;

    private final MessageStore store;
    private final int smtpPort;

    MailboxPages(MessageStore store, int smtpPort) {
        this.store = store;
        this.smtpPort = smtpPort;
    }

    void index(HttpExchange exchange, List<String> pathParameters) throws IOException {
        List<StoredMessage> messages = store.newestFirst();
        StringBuilder body = new StringBuilder("<h1>Mailbox</h1>");
        if (messages.isEmpty()) {
            body.append("<p>No messages yet. Mail sent to SMTP 127.0.0.1:").append(smtpPort)
                    .append(" shows up here; reload the page to see it.</p>");
        } else {
            body.append("<p>").append(messages.size()).append(messages.size() == 1 ? " message" : " messages")
                    .append(", newest first.</p>")
                    .append("<table><thead><tr><th>Subject</th><th>To</th><th>Received</th></tr></thead><tbody>");
            messages.forEach(message -> body.append(row(message)));
            body.append("</tbody></table>");
        }
        Responses.html(exchange, 200, page("Mailbox", body.toString()));
    }

    void message(HttpExchange exchange, List<String> pathParameters) throws IOException {
        Optional<StoredMessage> found = store.find(pathParameters.get(0));
        if (found.isEmpty()) {
            String body = "<h1>No such message</h1><p>It may have been deleted. <a href=\"/\">Back to the mailbox</a></p>";
            Responses.html(exchange, 404, page("No such message", body));
            return;
        }
        StoredMessage message = found.get();
        String body = "<p><a href=\"/\">&larr; Mailbox</a></p>"
                + "<h1>" + Html.escape(subjectOf(message)) + "</h1>"
                + "<dl><dt>From</dt><dd>" + Html.escape(message.from()) + "</dd>"
                + "<dt>To</dt><dd>" + Html.escape(String.join(", ", message.to())) + "</dd>"
                + "<dt>Received</dt><dd>" + time(message.receivedAt()) + "</dd></dl>"
                + attachments(message)
                + "<h2>Text</h2>" + (message.text() == null ? "<p>No plain-text part.</p>"
                        : "<pre>" + Html.escapeWithLinks(message.text()) + "</pre>")
                + "<h2>HTML</h2>" + (message.html() == null ? "<p>No HTML part.</p>"
                        : "<iframe sandbox title=\"HTML part\" srcdoc=\"" + Html.escape(message.html()) + "\"></iframe>");
        Responses.html(exchange, 200, page(subjectOf(message), body));
    }

    private static String row(StoredMessage message) {
        return "<tr><td><a href=\"/messages/" + Html.escape(message.id()) + "\">" + Html.escape(subjectOf(message))
                + "</a></td><td>" + Html.escape(String.join(", ", message.to())) + "</td><td class=\"time\">"
                + time(message.receivedAt()) + "</td></tr>";
    }

    private static String attachments(StoredMessage message) {
        if (message.attachments().isEmpty()) {
            return "";
        }
        return message.attachments().stream()
                .map(attachment -> "<li>" + Html.escape(attachment.filename() == null ? "(no name)" : attachment.filename())
                        + " &middot; " + Html.escape(attachment.contentType()) + " &middot; " + attachment.size()
                        + " bytes</li>")
                .collect(Collectors.joining("", "<h2>Attachments</h2><ul>", "</ul>"));
    }

    private static String subjectOf(StoredMessage message) {
        return message.subject() == null || message.subject().isBlank() ? "(no subject)" : message.subject();
    }

    private static String time(Instant instant) {
        return "<time datetime=\"" + instant + "\">" + TIME.format(instant) + "</time>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · Chorus mailbox</title><style>" + STYLE + "</style></head>"
                + "<body>" + body + "</body></html>";
    }
}
