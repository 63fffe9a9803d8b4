package org.chorus.petition.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The network a client address belongs to, never the address itself: IPv4 truncated to /24, IPv6 to /48. This is
 * what a signature keeps, enough for staff to invalidate a flood from one network and too coarse to identify anyone.
 */
public final class ClientNetwork {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int IPV4_PREFIX_BYTES = 3;
    private static final int IPV6_PREFIX_BYTES = 6;

    private ClientNetwork() {
    }

    /** @return e.g. {@code 203.0.113.0/24} or {@code 2001:db8:1:0:0:0:0:0/48}; null if {@code address} is not an IP literal */
    public static String of(String address) {
        if (address == null || address.isBlank() || !looksLikeIpLiteral(address.strip())) {
            return null;
        }
        try {
            byte[] raw = InetAddress.getByName(address.strip()).getAddress();
            int keep = raw.length == 4 ? IPV4_PREFIX_BYTES : IPV6_PREFIX_BYTES;
            byte[] network = Arrays.copyOf(Arrays.copyOf(raw, keep), raw.length);
            return InetAddress.getByAddress(network).getHostAddress() + "/" + keep * 8;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Only literals (dotted IPv4, or IPv6 with colons): a host name must never be resolved here. */
    private static boolean looksLikeIpLiteral(String s) {
        return IPV4.matcher(s).matches() || (s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches());
    }
}
