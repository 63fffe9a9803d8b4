package org.chorus.petition.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** chorus.petition.abuse.trusted-proxies: the gateway on loopback and, in front of it, a load balancer network. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(Set.of("127.0.0.1", "::1", "10.0.0.0/8"));

    @Test
    void behindALoadBalancerEachSignerIsTheirOwnAddress() {
        // client -> load balancer 10.0.0.5 -> gateway on loopback: the gateway appended the balancer
        assertEquals("198.51.100.1", addresses.of("127.0.0.1", List.of("198.51.100.1, 10.0.0.5")));
        assertEquals("198.51.100.2", addresses.of("127.0.0.1", List.of("198.51.100.2, 10.0.0.5")));
    }

    @Test
    void whatTheClientClaimsIsNeverBelieved() {
        assertEquals("198.51.100.1", addresses.of("127.0.0.1", List.of("192.0.2.66, 198.51.100.1, 10.0.0.5")));
        assertEquals("198.51.100.1", addresses.of("127.0.0.1", List.of("10.0.0.9, 198.51.100.1, 10.0.0.5")),
                "not even an address that looks like a proxy's");
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClient() {
        assertEquals("203.0.113.7", addresses.of("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void theGatewayAloneNamesTheClientInTheLastEntry() {
        assertEquals("198.51.100.1", addresses.of("0:0:0:0:0:0:0:1", List.of("198.51.100.1")));
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", List.of()));
    }

    @Test
    void aBalancerLeftOutOfTheListIsTakenForTheClient() {
        // the default: the gateway on loopback, in either spelling
        ClientAddresses byDefault = new ClientAddresses(Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
        assertEquals("10.0.0.5", byDefault.of("127.0.0.1", List.of("198.51.100.1, 10.0.0.5")));
        assertEquals("198.51.100.1", byDefault.of("::1", List.of("198.51.100.1")));
    }
}
