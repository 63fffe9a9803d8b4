package org.chorus.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(Set.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void untrustedPeerIsTheClientWhateverItClaims() {
        assertEquals("203.0.113.7", addresses.keyOf("203.0.113.7", List.of("198.51.100.1")));
        assertEquals("203.0.113.7", addresses.keyOf("203.0.113.7", List.of()));
    }

    @Test
    void trustedPeerNamesTheClientInTheLastEntry() {
        assertEquals("198.51.100.1", addresses.keyOf("127.0.0.1", List.of("198.51.100.1")));
        // the first entries are the client's own claims
        assertEquals("198.51.100.1", addresses.keyOf("127.0.0.1", List.of("192.0.2.66, 198.51.100.1")));
    }

    @Test
    void trustedProxiesInTheChainAreSkipped() {
        assertEquals("198.51.100.1", addresses.keyOf("10.1.2.3", List.of("192.0.2.66, 198.51.100.1, 10.9.9.9")));
        assertEquals("198.51.100.1", addresses.keyOf("10.1.2.3", List.of("192.0.2.66", "198.51.100.1, 10.9.9.9")));
    }

    @Test
    void trustedPeerWithoutForwardedForIsTheClient() {
        assertEquals("127.0.0.1", addresses.keyOf("127.0.0.1", List.of()));
    }

    @Test
    void unreadableEntryStopsTheWalk() {
        assertEquals("10.9.9.9", addresses.keyOf("10.1.2.3", List.of("198.51.100.1, unknown, 10.9.9.9")));
        assertEquals("127.0.0.1", addresses.keyOf("127.0.0.1", List.of("evil.example.org")));
    }

    @Test
    void entriesWithPortsAreRead() {
        assertEquals("198.51.100.1", addresses.keyOf("127.0.0.1", List.of("198.51.100.1:4711")));
        assertEquals("2001:db8:1:2:0:0:0:0/64", addresses.keyOf("127.0.0.1", List.of("[2001:db8:1:2::9]:443")));
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", addresses.keyOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of()));
        assertEquals("2001:db8:1:3:0:0:0:0/64", addresses.keyOf("fd00::1", List.of("2001:db8:1:3::1")));
    }

    @Test
    void ipv4MappedIpv6IsIpv4() {
        assertEquals("198.51.100.1", addresses.keyOf("::ffff:198.51.100.1", List.of()));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Set.of("gateway.local")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Set.of("10.0.0.0/33")));
    }
}
