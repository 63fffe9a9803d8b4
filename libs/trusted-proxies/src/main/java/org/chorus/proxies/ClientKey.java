package org.chorus.proxies;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The key a client's requests are counted under by a rate limit: an IPv4 client by its address, an IPv6 client by
 * its /64, the block one subscriber gets, so that hopping through the addresses of one's own network does not help.
 * The gateway and the services behind it count by the same key.
 */
public final class ClientKey {

    private static final int IPV6_SUBSCRIBER_BITS = 64;

    private ClientKey() {
    }

    public static String of(InetAddress client) {
        if (client instanceof Inet4Address) {
            return client.getHostAddress();
        }
        return Network.of(client, IPV6_SUBSCRIBER_BITS).toString();
    }

    /** @return the key of an address literal; anything else (a Unix socket's name) as it is */
    public static String of(String client) {
        InetAddress address = TrustedProxies.literal(client);
        return address == null ? client : of(address);
    }
}
