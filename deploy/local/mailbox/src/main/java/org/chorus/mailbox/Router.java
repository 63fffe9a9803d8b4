package org.chorus.mailbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends each request to the one route whose method and whole path match. The JDK server matches contexts by string
 * prefix only, so routing is done here to answer 404 and 405 exactly.
 */
final class Router implements HttpHandler {

    @FunctionalInterface
    interface Route {
        /** {@code pathParameters} are the path's regex groups, in order. */
        void handle(HttpExchange exchange, List<String> pathParameters) throws IOException;
    }

    private record Entry(String method, Pattern path, Route route) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Router add(String method, String pathRegex, Route route) {
        entries.add(new Entry(method, Pattern.compile(pathRegex), route));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            dispatch(exchange);
        } catch (IOException | RuntimeException e) {
            // Not the message: it may quote a mail. A client gone mid-response also lands here.
            System.err.println("mailbox: request failed (" + e.getClass().getSimpleName() + ")");
            answerFailure(exchange);
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        TreeSet<String> allowed = new TreeSet<>();
        for (Entry entry : entries) {
            Matcher matcher = entry.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (entry.method().equals(method)) {
                entry.route().handle(exchange, groups(matcher));
                return;
            }
            allowed.add(entry.method());
        }
        if (allowed.isEmpty()) {
            Responses.problem(exchange, 404, "Not Found", "There is nothing at this path.");
        } else {
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            Responses.problem(exchange, 405, "Method Not Allowed", "This path accepts " + String.join(", ", allowed) + ".");
        }
    }

    private static List<String> groups(Matcher matcher) {
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            groups.add(matcher.group(i));
        }
        return groups;
    }

    private static void answerFailure(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            Responses.problem(exchange, 500, "Internal Server Error", "The mailbox could not answer this request.");
        } catch (IOException | RuntimeException ignored) {
            // The client is gone; there is no one left to tell.
        }
    }
}
