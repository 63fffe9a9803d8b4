package org.chorus.petition.crypto;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.messaging.OutboxSealing;

/**
 * petition-service's events wait in the outbox encrypted with the signers' data key: some carry a signer's email and
 * name until they are relayed (signature.submitted).
 */
@ApplicationScoped
public class OutboxEncryption implements OutboxSealing {

    private final SignerDataCipher cipher;

    public OutboxEncryption(SignerDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte[] seal(String cloudEvent) {
        return cipher.encrypt(cloudEvent);
    }

    @Override
    public String open(byte[] sealed) {
        return cipher.decrypt(sealed);
    }
}
