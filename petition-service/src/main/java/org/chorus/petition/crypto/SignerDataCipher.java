package org.chorus.petition.crypto;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.crypto.AesGcm;
import org.chorus.crypto.SecretKeys;
import org.chorus.petition.config.PetitionConfig;

/** Encrypts signers' personal data (email, name, postal code) at rest, under petition-service's own key. */
@ApplicationScoped
public class SignerDataCipher {

    private final AesGcm aes;

    public SignerDataCipher(PetitionConfig config) {
        this.aes = new AesGcm(SecretKeys.decode(config.dataKey(), "chorus.petition.data-key"));
    }

    public byte[] encrypt(String plain) {
        return aes.encrypt(plain);
    }

    public String decrypt(byte[] stored) {
        return aes.decrypt(stored);
    }
}
