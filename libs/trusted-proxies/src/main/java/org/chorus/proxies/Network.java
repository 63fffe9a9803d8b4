package org.chorus.proxies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** An address block: its first {@code bits} bits. */
public record Network(byte[] prefix, int bits) {

    /**
     * @param text an address ({@code 10.0.0.7}) or a network ({@code 10.0.0.0/8}, {@code fc00::/7}), as literals only
     * @throws IllegalArgumentException for anything else, such as a host name
     */
    public static Network parse(String text) {
        int slash = text.indexOf('/');
        InetAddress address = TrustedProxies.literal(slash < 0 ? text : text.substring(0, slash));
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

    public static Network of(InetAddress address, int bits) {
        byte[] raw = address.getAddress();
        byte[] prefix = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            prefix[i] = (byte) (raw[i] & (0xFF00 >> keep));
        }
        return new Network(prefix, bits);
    }

    public boolean contains(InetAddress address) {
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
