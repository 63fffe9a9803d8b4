package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Files;

import jakarta.inject.Inject;

import org.chorus.notification.messaging.SignatureListener;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A withdrawal or an invalidation is a known event here, also of a signature this service never heard of: it must
 * not end up in the dead-letter topic as an unknown one. ThankYouEmailTest shows what it erases.
 */
@QuarkusTest
class WithdrawnEventTest {

    @Inject
    SignatureListener listener;

    @Test
    void withdrawnEventOfAnUnknownSignatureIsRead() {
        assertDoesNotThrow(() -> listener.onEvent(Files.readString(SignatureEvents.WITHDRAWN_SAMPLE)));
    }

    @Test
    void invalidatedEventOfAnUnknownSignatureIsRead() {
        assertDoesNotThrow(() -> listener.onEvent(Files.readString(SignatureEvents.INVALIDATED_SAMPLE)));
    }
}
