package org.chorus.mailbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** {@code /api/messages}: what scripts and end-to-end tests read. */
final class MessagesApi {

    private final MessageStore store;

    MessagesApi(MessageStore store) {
        this.store = store;
    }

    void list(HttpExchange exchange, List<String> pathParameters) throws IOException {
        Optional<String> to = queryParameter(exchange.getRequestURI().getRawQuery(), "to");
        if (to.isEmpty()) {
            Responses.json(exchange, 200, store.newestFirst());
        } else if (to.get().isBlank()) {
            Responses.problem(exchange, 400, "Bad Request", "The to parameter must be an email address.");
        } else {
            Responses.json(exchange, 200, store.addressedTo(to.get()));
        }
    }

    void one(HttpExchange exchange, List<String> pathParameters) throws IOException {
        Optional<StoredMessage> message = store.find(pathParameters.get(0));
        if (message.isPresent()) {
            Responses.json(exchange, 200, message.get());
        } else {
            Responses.problem(exchange, 404, "Not Found", "No message has this id; it may have been deleted.");
        }
    }

    void clear(HttpExchange exchange, List<String> pathParameters) throws IOException {
        store.clear();
        Responses.noContent(exchange);
    }

    /**
     * A literal '+' stays a '+': scripts put addresses like {@code alice+petition@example.org} into URLs unencoded,
     * and no address contains a space.
     */
    static Optional<String> queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(key).equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return raw;
        }
    }
}
