package org.chorus.petition.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void ipv4KeepsOnlyTheFirstThreeBytes() {
        assertEquals("203.0.113.0/24", ClientNetwork.of("203.0.113.77"));
    }

    @Test
    void ipv6KeepsOnlyTheFirst48Bits() {
        assertEquals("2001:db8:1:0:0:0:0:0/48", ClientNetwork.of("2001:db8:1:2:3:4:5:6"));
    }

    @Test
    void anAddressIsReadAsTheTrustedProxiesReadIt() {
        assertEquals("203.0.113.0/24", ClientNetwork.of(" 203.0.113.77:4711 "));
        assertEquals("2001:db8:1:0:0:0:0:0/48", ClientNetwork.of("[2001:db8:1::9]:443"));
    }

    @Test
    void hostNamesAndGarbageAreNeverResolved() {
        assertNull(ClientNetwork.of("example.org"));
        assertNull(ClientNetwork.of("dead"));
        assertNull(ClientNetwork.of(""));
        assertNull(ClientNetwork.of(null));
    }
}
