package org.chorus.petition.abuse;

import java.net.Inet4Address;
import java.net.InetAddress;

import org.chorus.proxies.Network;
import org.chorus.proxies.TrustedProxies;

/**
 * The network a client address belongs to, never the address itself: IPv4 truncated to /24, IPv6 to /48. This is
 * what a signature keeps, enough for staff to invalidate a flood from one network and too coarse to identify anyone.
 */
public final class ClientNetwork {

    private static final int IPV4_PREFIX_BITS = 24;
    private static final int IPV6_PREFIX_BITS = 48;

    private ClientNetwork() {
    }

    /**
     * @return e.g. {@code 203.0.113.0/24} or {@code 2001:db8:1:0:0:0:0:0/48}; null if {@code address} is not an IP
     *         literal (a host name is never resolved)
     */
    public static String of(String address) {
        InetAddress literal = TrustedProxies.literal(address);
        if (literal == null) {
            return null;
        }
        return Network.of(literal, literal instanceof Inet4Address ? IPV4_PREFIX_BITS : IPV6_PREFIX_BITS).toString();
    }
}
