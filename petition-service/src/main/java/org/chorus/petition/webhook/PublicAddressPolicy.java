package org.chorus.petition.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.chorus.proxies.Network;

/**
 * Whether an address is on the public internet, where Chorus may call on a partner's behalf. The blocks are IANA's
 * IPv4 and IPv6 Special-Purpose Address Registries (every entry, also the few marked globally reachable: anycast
 * service addresses no webhook lives at), plus multicast, and for IPv6 everything outside 2000::/3, the only block
 * IANA hands out as global unicast: that alone refuses loopback ::1, the unspecified ::, the IPv4-mapped ::ffff:0:0/96
 * and IPv4-compatible ::/96 forms, unique-local fc00::/7 (AWS's metadata address fd00:ec2::254 included), link-local
 * fe80::/10, site-local fec0::/10, multicast ff00::/8 and the local-use NAT64 prefix 64:ff9b:1::/48. The JDK's
 * {@code InetAddress.isSiteLocalAddress()} and kin know only a few of these (not 100.64.0.0/10, 198.18.0.0/15, the
 * documentation blocks, 240.0.0.0/4, fc00::/7, 6to4 or NAT64), hence the table.
 * <p>
 * One block outside 2000::/3 is judged by what it carries: the well-known NAT64 prefix 64:ff9b::/96, which a DNS64
 * resolver puts in front of an IPv4 address on an IPv6-only network, is public exactly when that IPv4 address is.
 * 6to4 (2002::/16, deprecated) and Teredo (2001::/32) also carry an IPv4 address, and are refused outright.
 */
public final class PublicAddressPolicy {

    private static final List<Network> SPECIAL_IPV4 = networks(
            "0.0.0.0/8",            // "this network", 0.0.0.0 among it
            "10.0.0.0/8",           // private
            "100.64.0.0/10",        // shared address space (carrier-grade NAT)
            "127.0.0.0/8",          // loopback
            "169.254.0.0/16",       // link-local, and the clouds' metadata address 169.254.169.254
            "172.16.0.0/12",        // private
            "192.0.0.0/24",         // IETF protocol assignments
            "192.0.2.0/24",         // documentation (TEST-NET-1)
            "192.31.196.0/24",      // AS112-v4
            "192.52.193.0/24",      // AMT
            "192.88.99.0/24",       // 6to4 relay anycast (deprecated)
            "192.168.0.0/16",       // private
            "192.175.48.0/24",      // direct delegation AS112
            "198.18.0.0/15",        // benchmarking
            "198.51.100.0/24",      // documentation (TEST-NET-2)
            "203.0.113.0/24",       // documentation (TEST-NET-3)
            "224.0.0.0/4",          // multicast
            "240.0.0.0/4");         // reserved, and the limited broadcast 255.255.255.255

    private static final Network GLOBAL_UNICAST_IPV6 = Network.parse("2000::/3");

    private static final List<Network> SPECIAL_GLOBAL_IPV6 = networks(
            "2001::/23",            // IETF protocol assignments: Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID
            "2001:db8::/32",        // documentation
            "2002::/16",            // 6to4, which carries an IPv4 address
            "2620:4f:8000::/48",    // direct delegation AS112
            "3fff::/20");           // documentation

    private static final Network NAT64 = Network.parse("64:ff9b::/96");

    private PublicAddressPolicy() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return SPECIAL_IPV4.stream().noneMatch(n -> n.contains(address));
        }
        if (NAT64.contains(address)) {
            return isPublic(embeddedIpv4(address));
        }
        return GLOBAL_UNICAST_IPV6.contains(address) && SPECIAL_GLOBAL_IPV6.stream().noneMatch(n -> n.contains(address));
    }

    /** The IPv4 address in the last 32 bits of an IPv6 address. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        byte[] raw = address.getAddress();
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(raw, raw.length - 4, raw.length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Network> networks(String... blocks) {
        return Stream.of(blocks).map(Network::parse).toList();
    }
}
