package org.chorus.notification.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.crypto.KeyedHash;
import org.chorus.crypto.SecretKeys;
import org.chorus.notification.config.NotificationConfig;

/**
 * The keyed hash that stands for an email address wherever the address itself must not be kept: the suppression
 * list, sent emails (for bounces), unsubscribe links.
 */
@ApplicationScoped
public class AddressHasher {

    private static final String ADDRESS_PREFIX = "address:";

    private final KeyedHash hash;

    public AddressHasher(NotificationConfig config) {
        this.hash = new KeyedHash(SecretKeys.decode(config.addressKey(), "chorus.notification.address-key"));
    }

    /** Case and surrounding spaces never make two addresses different. */
    public byte[] hash(String address) {
        return hash.of(ADDRESS_PREFIX + address.trim().toLowerCase(Locale.ROOT));
    }

    /** A MAC of an address hash for {@code purpose}; prefixed so that it can never equal an address's hash. */
    byte[] sign(String purpose, byte[] addressHash) {
        byte[] prefix = (purpose + ":").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[prefix.length + addressHash.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(addressHash, 0, message, prefix.length, addressHash.length);
        return hash.of(message);
    }
}
