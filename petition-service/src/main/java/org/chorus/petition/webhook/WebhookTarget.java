package org.chorus.petition.webhook;

import java.net.InetAddress;

/**
 * Where one webhook call goes: the address that was checked, which the call connects to, and the host, port and
 * request target the URL names, which it sends (the host also as the TLS server name).
 *
 * @param host a DNS name or an IP address, IPv6 without brackets
 */
public record WebhookTarget(boolean https, String host, int port, String requestUri, InetAddress address) {

    /** The Host header: the host as the URL has it, and the port only if it is not the scheme's own. */
    public String authority() {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return port == (https ? 443 : 80) ? name : name + ":" + port;
    }
}
