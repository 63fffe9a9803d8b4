package org.chorus.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void anIpv4ClientCountsByItsAddress() {
        assertEquals("203.0.113.7", ClientKey.of("203.0.113.7"));
        assertNotEquals(ClientKey.of("203.0.113.7"), ClientKey.of("203.0.113.8"));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientKey.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ClientKey.of("2001:db8:1:2::1"), ClientKey.of("2001:db8:1:2:ffff::9"));
        assertNotEquals(ClientKey.of("2001:db8:1:2::1"), ClientKey.of("2001:db8:1:3::1"));
    }

    @Test
    void oneAddressWrittenTwoWaysIsOneClient() {
        assertEquals(ClientKey.of("2001:db8:0:0:0:0:0:1"), ClientKey.of("2001:0db8::1"));
        assertEquals(ClientKey.of("203.0.113.7"), ClientKey.of("::ffff:203.0.113.7"));
    }

    @Test
    void whatIsNoAddressIsItsOwnKeyAndNeverResolved() {
        assertEquals("example.org", ClientKey.of("example.org"));
        assertEquals("/var/run/gateway.sock", ClientKey.of("/var/run/gateway.sock"));
    }
}
