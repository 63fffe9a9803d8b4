package org.chorus.petition.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Against IANA's IPv4 and IPv6 Special-Purpose Address Registries, a block's first and last addresses included. */
class PublicAddressPolicyTest {

    @Test
    void everySpecialPurposeIpv4AddressIsRefused() {
        assertNoneIsPublic(List.of("0.0.0.0", "0.255.255.255", "10.0.0.1", "10.255.255.255", "100.64.0.0",
                "100.127.255.255", "127.0.0.1", "127.0.1.1", "127.255.255.255", "169.254.0.1", "169.254.169.254",
                "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.0.170", "192.0.2.7", "192.31.196.1",
                "192.52.193.1", "192.88.99.1", "192.168.0.1", "192.168.255.255", "192.175.48.1", "198.18.0.1",
                "198.19.255.255", "198.51.100.7", "203.0.113.7", "224.0.0.1", "239.255.255.250", "240.0.0.1",
                "255.255.255.255"));
    }

    @Test
    void everySpecialPurposeIpv6AddressIsRefused() {
        assertNoneIsPublic(List.of("::", "::1", "::7f00:1", "::a9fe:a9fe", "100::1", "100:0:0:1::1",
                "64:ff9b::7f00:1", "64:ff9b::a00:7", "64:ff9b::a9fe:a9fe", "64:ff9b::c0a8:1", "64:ff9b:1::808:808",
                "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:1ff:ffff::1", "2001:db8::1",
                "2002:7f00:1::1", "2002:c0a8:101::1", "2002:808:808::1", "2620:4f:8000::1", "3fff::1",
                "3fff:fff:ffff::1", "5f00::1", "fc00::1", "fd00:ec2::254", "fe80::1", "febf::1", "fec0::1", "ff02::1",
                "ff0e::1"));
    }

    /** The JDK turns ::ffff:a.b.c.d into the IPv4 address; made by hand it stays IPv6, and is refused as such. */
    @Test
    void ipv4MappedAddressesAreRefusedInEitherForm() throws Exception {
        byte[] mapped = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1 };
        assertEquals(false, PublicAddressPolicy.isPublic(Inet6Address.getByAddress(null, mapped, -1)));
        assertEquals(false, PublicAddressPolicy.isPublic(InetAddress.getByName("::ffff:7f00:1")));
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertEquals(false, PublicAddressPolicy.isPublic(Inet6Address.getByAddress(null, mapped, -1)),
                "no IPv6 form outside 2000::/3 but NAT64's is called, whatever it carries");
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        for (String address : List.of("1.1.1.1", "8.8.8.8", "9.9.9.9", "100.63.255.255", "100.128.0.0",
                "172.15.255.255", "172.32.0.0", "192.0.1.255", "192.0.3.0", "192.169.0.1", "198.17.255.255",
                "198.20.0.0", "223.255.255.255", "2606:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001::1",
                "2001:200::1", "2620:4f:8001::1", "64:ff9b::808:808", "64:ff9b::101:101")) {
            assertEquals(true, PublicAddressPolicy.isPublic(InetAddress.getByName(address)), address);
        }
    }

    private static void assertNoneIsPublic(List<String> addresses) {
        List<String> allowed = addresses.stream().filter(a -> PublicAddressPolicy.isPublic(literal(a))).toList();
        assertEquals(List.of(), allowed, "special-purpose addresses taken for public ones");
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
