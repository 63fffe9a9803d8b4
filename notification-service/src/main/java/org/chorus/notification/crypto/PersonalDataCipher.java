package org.chorus.notification.crypto;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.crypto.AesGcm;
import org.chorus.crypto.SecretKeys;
import org.chorus.notification.config.NotificationConfig;

/**
 * Encrypts what a queued email holds about a person (address, name and link token in the bodies), under
 * notification-service's own key.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private final AesGcm aes;

    public PersonalDataCipher(NotificationConfig config) {
        this.aes = new AesGcm(SecretKeys.decode(config.dataKey(), "chorus.notification.data-key"));
    }

    public byte[] encrypt(String plain) {
        return aes.encrypt(plain);
    }

    public String decrypt(byte[] stored) {
        return aes.decrypt(stored);
    }
}
