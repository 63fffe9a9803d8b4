package org.chorus.gateway.proxy;

import java.util.regex.Pattern;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Which requests the gateway may send a second time when a kept-alive connection to the service turned out to be
 * closed (Vert.x's HttpClosedException: the service closed it as the request went out). HTTP/1.1 cannot tell
 * whether such a request reached the service, so only requests that change nothing when repeated qualify: the
 * idempotent methods, and the POSTs that API.md makes idempotent (signing again with the same address, confirming,
 * withdrawing and unsubscribing twice). Their bodies are small and of declared length, so they can be held for the
 * second attempt; a chunked body is streamed and not retried.
 */
final class Replays {

    private static final Pattern IDEMPOTENT_POSTS = Pattern.compile(
            "/api/petitions/[^/]+/signatures|/p/[^/]+|/api/signatures/(confirm|withdraw)|/confirm|/withdraw|/unsubscribe");

    private Replays() {
    }

    static boolean allowed(HttpServerRequest request, String normalizedPath) {
        HttpMethod method = request.method();
        boolean repeatable = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.PUT
                || method == HttpMethod.DELETE || method == HttpMethod.OPTIONS
                || (method == HttpMethod.POST && IDEMPOTENT_POSTS.matcher(normalizedPath).matches());
        return repeatable && (!ProxyHeaders.hasBody(request) || request.headers().contains(HttpHeaders.CONTENT_LENGTH));
    }
}
