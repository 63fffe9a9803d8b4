package org.chorus.gateway.proxy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/** Which headers cross the gateway, in each direction. */
final class ProxyHeaders {

    static final String REQUEST_ID = "X-Request-Id";

    /** RFC 9110 section 7.6.1, plus the old Proxy-Connection. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    /** Set by the gateway itself rather than copied. */
    private static final Set<String> REWRITTEN_DOWNSTREAM = Set.of("host", "x-request-id", "x-forwarded-for",
            "x-forwarded-proto", "x-forwarded-host");

    private static final Set<String> REWRITTEN_UPSTREAM = Set.of("x-request-id");

    private ProxyHeaders() {
    }

    static void toDownstream(HttpServerRequest in, MultiMap out, String requestId) {
        copy(in.headers(), out, REWRITTEN_DOWNSTREAM);
        String client = clientAddress(in);
        String earlier = in.getHeader("X-Forwarded-For");
        if (client != null) {
            out.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        } else if (earlier != null) {
            out.set("X-Forwarded-For", earlier);
        }
        out.set("X-Forwarded-Proto", in.scheme());
        HostAndPort authority = in.authority();
        if (authority != null) {
            out.set("X-Forwarded-Host", authority.toString());
        }
        out.set(REQUEST_ID, requestId);
    }

    static void toClient(MultiMap from, MultiMap to) {
        copy(from, to, REWRITTEN_UPSTREAM);
    }

    static boolean hasBody(HttpServerRequest in) {
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return in.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || (in.version() == HttpVersion.HTTP_2 && !in.isEnded());
    }

    private static void copy(MultiMap from, MultiMap to, Set<String> skip) {
        Set<String> namedByConnection = connectionTokens(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !skip.contains(name) && !namedByConnection.contains(name)) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    /** Headers listed in Connection are hop-by-hop too. */
    private static Set<String> connectionTokens(MultiMap headers) {
        Set<String> tokens = new HashSet<>();
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                tokens.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    private static String clientAddress(HttpServerRequest in) {
        SocketAddress remote = in.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
