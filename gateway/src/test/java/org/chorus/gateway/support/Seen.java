package org.chorus.gateway.support;

import java.util.Map;

/** A request as a stand-in service received it. */
public record Seen(String service, String method, String uri, Map<String, String> headers, String body) {
}
