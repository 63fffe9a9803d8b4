package org.chorus.gateway.limits;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whom a request counts against. The TCP peer, unless the peer is a trusted proxy (a load balancer in front of the
 * gateway): then X-Forwarded-For is read from its end, past every trusted proxy, and the first address that is not
 * one is the client, as in petition-service's ClientAddresses, which trusts one hop (the gateway). Entries further
 * left are whatever the client claimed and are never believed. An IPv6 client counts by its /64, the block one
 * subscriber gets, so that hopping through the addresses of one's own network does not help.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int IPV6_SUBSCRIBER_BITS = 64;

    private final List<Network> trustedProxies;

    /** @param trustedProxies addresses ({@code 10.0.0.7}) or networks ({@code 10.0.0.0/8}) */
    public ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Network::parse).toList();
    }

    /**
     * @param peer the TCP peer's address
     * @param forwardedFor every X-Forwarded-For header of the request, in order
     * @return the key the client's requests are counted under
     */
    public String keyOf(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client == null) {
            return peer == null ? "unknown" : peer;
        }
        List<String> hops = entries(forwardedFor);
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            InetAddress next = literal(hops.get(i));
            if (next == null) {
                break;   // a hop we cannot read: the last one we could is the best we know
            }
            client = next;
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(network -> network.contains(address));
    }

    private static List<String> entries(List<String> headers) {
        List<String> entries = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",")) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        return Network.of(address, IPV6_SUBSCRIBER_BITS).toString();
    }

    /** Only literals, also with a port ({@code 203.0.113.7:4711}, {@code [2001:db8::1]:443}); a name is never resolved. */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[") && s.indexOf(']') > 0) {
            s = s.substring(1, s.indexOf(']'));
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            s = s.substring(0, s.indexOf(':'));
        }
        if (!IPV4.matcher(s).matches() && !(s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address block: its first {@code bits} bits. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or network: " + text);
            }
            int max = address.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address or network: " + text);
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("not an IP address or network: " + text);
            }
            return of(address, bits);
        }

        static Network of(InetAddress address, int bits) {
            byte[] raw = address.getAddress();
            byte[] prefix = new byte[raw.length];
            for (int i = 0; i < raw.length; i++) {
                int keep = Math.max(0, Math.min(8, bits - i * 8));
                prefix[i] = (byte) (raw[i] & (0xFF00 >> keep));
            }
            return new Network(prefix, bits);
        }

        boolean contains(InetAddress address) {
            return address.getAddress().length == prefix.length
                    && Arrays.equals(of(address, bits).prefix, prefix);
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/" + bits;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Network network && network.bits == bits && Arrays.equals(network.prefix, prefix);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(prefix) + bits;
        }
    }
}
