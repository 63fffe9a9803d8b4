package org.chorus.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The reason a dead letter carries in its header, where whoever reads the dead-letter topic sees it and may log it.
 * It must never quote the record, which may hold personal data (a submitted signature carries an email address and
 * a name). A service's own exception for a record it cannot act on is written to say what is wrong without quoting
 * it, so its message is kept; a JSON parser's message may quote its input, so only its kind is kept; of anything
 * else, only its class name.
 */
final class QuotableReason {

    private QuotableReason() {
    }

    /** @param own the service's exception whose messages are written never to quote a record */
    static Exception of(Exception reason, Class<? extends Exception> own) {
        if (own.isInstance(reason)) {
            return reason;
        }
        if (reason instanceof JsonProcessingException) {
            return new IllegalArgumentException("malformed JSON (" + reason.getClass().getSimpleName() + ")");
        }
        return new IllegalStateException("could not apply the event: " + reason.getClass().getName());
    }
}
