package org.chorus.letter;

import org.chorus.letter.messaging.DeliveryListener;
import org.chorus.letter.messaging.PetitionListener;
import org.chorus.letter.messaging.SignatoryListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * How often a consumer has retried what met a database outage (SmallRye Fault Tolerance's metric): a test knows
 * that the consumer holds its records and waits for the database once this has grown, without waiting a while.
 */
final class Retries {

    static final String SIGNATORIES = SignatoryListener.class.getName() + ".onEvents";
    static final String DELIVERIES = DeliveryListener.class.getName() + ".onEvents";
    static final String PETITIONS = PetitionListener.class.getName() + ".onEvent";

    private Retries() {
    }

    static long of(String method) {
        Counter retries = Metrics.globalRegistry.find("ft.retry.retries.total").tag("method", method).counter();
        return retries == null ? 0 : (long) retries.count();
    }
}
