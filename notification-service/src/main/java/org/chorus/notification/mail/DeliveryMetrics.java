package org.chorus.notification.mail;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.EmailMessage;

import io.micrometer.core.instrument.MeterRegistry;

/** Counters of sent, failed and retried emails, and a gauge of the emails waiting in the queue. */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final AtomicLong queued = new AtomicLong();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("chorus.notification.emails.queued", queued);
    }

    void sent(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.sent", "kind", kind.name()).increment();
    }

    void failed(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.failed", "kind", kind.name()).increment();
    }

    void retried(EmailMessage.Kind kind) {
        registry.counter("chorus.notification.emails.retried", "kind", kind.name()).increment();
    }

    void queued(long count) {
        queued.set(count);
    }
}
