package org.chorus.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.EmailMessage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of sent, failed and retried emails, and a gauge of the emails waiting in the queue. */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicReference<Instant> oldestQueuedAt = new AtomicReference<>();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("chorus.notification.emails.queued", queued);
        // how far behind the sender is: the alert that a count alone cannot give (a steady queue of old emails)
        Gauge.builder("chorus.notification.emails.oldest.queued.age", this, DeliveryMetrics::oldestQueuedAgeSeconds)
                .baseUnit("seconds").register(registry);
    }

    private double oldestQueuedAgeSeconds() {
        Instant oldest = oldestQueuedAt.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    void sent(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.sent", "kind", kind.name()).increment();
    }

    void failed(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.failed", "kind", kind.name()).increment();
    }

    void bounced(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.bounced", "kind", kind.name()).increment();
    }

    void retried(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.retried", "kind", kind.name()).increment();
    }

    void queue(EmailMessage.Queue queue) {
        queued.set(queue.count());
        oldestQueuedAt.set(queue.oldestCreatedAt());
    }
}
