package org.chorus.gateway.limits;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;

import org.chorus.proxies.ClientKey;
import org.chorus.proxies.TrustedProxies;

/**
 * Whom a request counts against: its client as the trusted proxies name it (TrustedProxies: X-Forwarded-For read
 * from its end past every trusted proxy, such as a load balancer in front of the gateway), never what the client
 * claims, counted by its ClientKey (an IPv6 client by its /64).
 */
public final class ClientAddresses {

    private final TrustedProxies trustedProxies;

    /** @param trustedProxies addresses ({@code 10.0.0.7}) or networks ({@code 10.0.0.0/8}) */
    public ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = new TrustedProxies(trustedProxies);
    }

    /**
     * @param peer the TCP peer's address
     * @param forwardedFor every X-Forwarded-For header of the request, in order
     * @return the key the client's requests are counted under
     */
    public String keyOf(String peer, List<String> forwardedFor) {
        InetAddress client = trustedProxies.clientOf(peer, forwardedFor);
        if (client == null) {
            return peer == null ? "unknown" : peer;
        }
        return ClientKey.of(client);
    }
}
