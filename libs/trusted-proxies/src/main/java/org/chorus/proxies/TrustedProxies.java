package org.chorus.proxies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose X-Forwarded-For is believed, and the client they name. A request's client is its TCP peer,
 * unless the peer is a trusted proxy: then X-Forwarded-For is read from its end, past every trusted proxy (a load
 * balancer in front of the gateway, the gateway in front of a service), and the first address that is not one is the
 * client. Entries further left are whatever the client claimed and are never believed.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Network> networks;

    /**
     * @param entries addresses ({@code 10.0.0.7}) or networks ({@code 10.0.0.0/8})
     * @throws IllegalArgumentException for an entry that is neither, such as a host name
     */
    public TrustedProxies(Collection<String> entries) {
        this.networks = entries.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Network::parse).toList();
    }

    /**
     * @param peer the TCP peer's address
     * @param forwardedFor every X-Forwarded-For header of the request, in order
     * @return the client's address, or null if the peer is not an IP address
     */
    public InetAddress clientOf(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client == null) {
            return null;
        }
        List<String> hops = entries(forwardedFor);
        for (int i = hops.size() - 1; i >= 0 && contains(client); i--) {
            InetAddress next = literal(hops.get(i));
            if (next == null) {
                break;   // a hop we cannot read: the last one we could is the best we know
            }
            client = next;
        }
        return client;
    }

    public boolean contains(InetAddress address) {
        return networks.stream().anyMatch(network -> network.contains(address));
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

    /** Only literals, also with a port ({@code 203.0.113.7:4711}, {@code [2001:db8::1]:443}); a name is never resolved. */
    public static InetAddress literal(String text) {
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
}
