package org.chorus.notification.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The token of an unsubscribe link: the address's keyed hash and a MAC over it, so that the link names nobody and
 * nobody can make one for an address they do not receive mail at. It does not expire: an unsubscribe link in an
 * old email must still work.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String PURPOSE = "unsubscribe";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final AddressHasher hasher;

    public UnsubscribeTokens(AddressHasher hasher) {
        this.hasher = hasher;
    }

    public String tokenFor(byte[] addressHash) {
        return ENCODER.encodeToString(addressHash) + "." + ENCODER.encodeToString(mac(addressHash));
    }

    /** @return the address hash a genuine token stands for; empty for anything else. */
    public Optional<byte[]> addressHashOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            byte[] addressHash = DECODER.decode(parts[0]);
            byte[] mac = DECODER.decode(parts[1]);
            return MessageDigest.isEqual(mac, mac(addressHash)) ? Optional.of(addressHash) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] addressHash) {
        return Arrays.copyOf(hasher.sign(PURPOSE, addressHash), MAC_BYTES);
    }
}
