package org.chorus.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    /** The gateway on loopback, a load balancer network in front of it, and an IPv6 proxy network. */
    private final TrustedProxies proxies = new TrustedProxies(Set.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void untrustedPeerIsTheClientWhateverItClaims() {
        assertEquals("203.0.113.7", client("203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", client("203.0.113.7"));
    }

    @Test
    void trustedPeerNamesTheClientInTheLastEntry() {
        assertEquals("198.51.100.1", client("127.0.0.1", "198.51.100.1"));
        assertEquals("198.51.100.1", client("127.0.0.1", "192.0.2.66, 198.51.100.1"), "the first entries are claims");
    }

    @Test
    void trustedProxiesInTheChainAreSkipped() {
        // client -> load balancer 10.9.9.9 -> gateway on 127.0.0.1: the gateway appended the balancer
        assertEquals("198.51.100.1", client("127.0.0.1", "192.0.2.66, 198.51.100.1, 10.9.9.9"));
        assertEquals("198.51.100.1", client("127.0.0.1", "192.0.2.66", "198.51.100.1, 10.9.9.9"), "over two headers");
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtTheLeftmost() {
        assertEquals("10.1.1.1", client("127.0.0.1", "10.1.1.1, 10.9.9.9"));
    }

    @Test
    void trustedPeerWithoutForwardedForIsTheClient() {
        assertEquals("127.0.0.1", client("127.0.0.1"));
    }

    @Test
    void unreadableEntryStopsTheWalk() {
        assertEquals("10.9.9.9", client("127.0.0.1", "198.51.100.1, unknown, 10.9.9.9"));
        assertEquals("127.0.0.1", client("127.0.0.1", "evil.example.org"));
    }

    @Test
    void entriesWithPortsAreRead() {
        assertEquals("198.51.100.1", client("127.0.0.1", "198.51.100.1:4711"));
        assertEquals("2001:db8:1:2:0:0:0:9", client("127.0.0.1", "[2001:db8:1:2::9]:443"));
    }

    @Test
    void ipv6IsTheSameAddressInEverySpelling() {
        assertEquals("198.51.100.1", client("0:0:0:0:0:0:0:1", "198.51.100.1"));
        assertEquals("198.51.100.1", client("fd00::7", "198.51.100.1, fd12::1"));
        assertEquals("198.51.100.1", client("::ffff:127.0.0.1", "198.51.100.1"), "IPv4-mapped IPv6 is IPv4");
    }

    @Test
    void aPeerThatIsNoAddressNamesNoClient() {
        assertNull(proxies.clientOf(null, List.of("198.51.100.1")));
        assertNull(proxies.clientOf("gateway.local", List.of("198.51.100.1")));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Set.of("gateway.local")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Set.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(Set.of("10.0.0.0/x")));
    }

    @Test
    void networksKeepOnlyTheirPrefix() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", Network.of(address("2001:db8:1:2:aaaa::1"), 64).toString());
        assertEquals("198.51.100.0/24", Network.of(address("198.51.100.77"), 24).toString());
    }

    private String client(String peer, String... forwardedFor) {
        return proxies.clientOf(peer, List.of(forwardedFor)).getHostAddress();
    }

    private static InetAddress address(String literal) {
        return TrustedProxies.literal(literal);
    }
}
