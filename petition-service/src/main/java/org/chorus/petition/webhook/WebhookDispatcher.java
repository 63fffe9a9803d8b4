package org.chorus.petition.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.SignerDataCipher;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends due webhook deliveries, on threads of its own. One loop claims what is due (woken after each commit that
 * queued a delivery, and every poll interval for retries and other replicas' rows) and hands each claimed delivery
 * to a bounded pool of senders. It claims for a partner only as many as that partner has free calls, so a partner
 * that is down or slow holds at most perPartnerConcurrency senders, each for at most the timeouts, and the others'
 * deliveries go on. No transaction or row lock is held during a call: the claim is a lease, committed before it.
 * Log lines name deliveries and partners only; a payload is never logged.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final SignerDataCipher cipher;
    private final RetrySchedule retries;
    private final int concurrency;
    private final int perPartner;
    private final long pollMillis;
    private final Duration lease;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightByPartner = new ConcurrentHashMap<>();
    private volatile boolean running;
    private ExecutorService loop;
    private ExecutorService senders;
    private boolean failing;

    public WebhookDispatcher(WebhookQueue queue, WebhookSender sender, SignerDataCipher cipher, PetitionConfig config) {
        PetitionConfig.Webhooks webhooks = config.webhooks();
        if (webhooks.lease().compareTo(webhooks.connectTimeout().plus(webhooks.requestTimeout())) <= 0) {
            throw new IllegalStateException("chorus.petition.webhooks.lease must be longer than the connect and "
                    + "request timeouts together, or a call under way could be claimed by another sender");
        }
        this.queue = queue;
        this.sender = sender;
        this.cipher = cipher;
        this.retries = new RetrySchedule(webhooks.backoff(), webhooks.jitter(), webhooks.maxAttempts(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.concurrency = webhooks.concurrency();
        this.perPartner = Math.min(webhooks.perPartnerConcurrency(), concurrency);
        this.pollMillis = webhooks.pollEvery().toMillis();
        this.lease = webhooks.lease();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, "webhook-sender-" + n.incrementAndGet()));
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhook-dispatcher"));
        loop.execute(this::run);
    }

    /** Calls under way are interrupted; their deliveries are given back and sent again after the next start. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (loop != null) {
            loop.shutdown();
            loop.awaitTermination(5, TimeUnit.SECONDS);
            senders.shutdownNow();
            senders.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            int claimed = claimSafely();
            try {
                if (claimed == 0) {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int claimSafely() {
        try {
            int claimed = claimDue();
            if (failing) {
                Log.info("webhook dispatcher: deliveries can be claimed again");
            }
            failing = false;
            return claimed;
        } catch (RuntimeException e) {
            // a database outage fails every pass: say so once, and try again at the next poll
            if (!failing) {
                Log.warn("webhook dispatcher: due deliveries cannot be claimed; they are claimed on a later pass", e);
            }
            failing = true;
            return 0;
        }
    }

    /** @return how many deliveries it handed to senders */
    private int claimDue() {
        Instant now = Instant.now();
        int handed = 0;
        for (String partner : queue.partnersDue(now, busyPartners())) {
            int freeInAll = concurrency - inFlight.get();
            if (freeInAll <= 0) {
                break;
            }
            int free = Math.min(freeInAll, perPartner - inFlightOf(partner).get());
            if (free <= 0) {
                continue;
            }
            for (WebhookQueue.Claimed d : queue.claim(partner, free, now, now.plus(lease))) {
                inFlight.incrementAndGet();
                inFlightOf(partner).incrementAndGet();
                senders.execute(() -> deliver(d));
                handed++;
            }
        }
        return handed;
    }

    private Set<String> busyPartners() {
        return inFlightByPartner.entrySet().stream().filter(e -> e.getValue().get() >= perPartner)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private AtomicInteger inFlightOf(String partner) {
        return inFlightByPartner.computeIfAbsent(partner, p -> new AtomicInteger());
    }

    private void deliver(WebhookQueue.Claimed d) {
        try {
            record(d, sender.send(d.url(), cipher.decrypt(d.secretEncrypted()), d.id(),
                    cipher.decrypt(d.payloadEncrypted())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            releaseQuietly(d);
        } catch (RuntimeException e) {
            Log.warnf(e, "webhook delivery %s to partner %s: the attempt could not be made or recorded; "
                    + "it is tried again once its claim runs out", d.id(), d.partner());
        } finally {
            inFlightOf(d.partner()).decrementAndGet();
            inFlight.decrementAndGet();
            // the partner has a free call again: what waits for it need not wait for the next poll
            wakeUp.release();
        }
    }

    private void record(WebhookQueue.Claimed d, WebhookSender.Outcome outcome) {
        int attempts = d.attempts() + 1;
        Instant now = Instant.now();
        if (outcome.delivered()) {
            queue.delivered(d, attempts, outcome.statusCode(), now);
            Log.debugf("webhook delivery %s to partner %s: delivered at attempt %d", d.id(), d.partner(), attempts);
            return;
        }
        Optional<Instant> next = retries.next(attempts, now);
        boolean recorded = queue.attemptFailed(d, attempts, outcome.statusCode(), outcome.error(), next);
        if (recorded && next.isEmpty()) {
            Log.warnf("webhook delivery %s to partner %s: FAILED after %d attempts (last: %s)", d.id(), d.partner(),
                    attempts, describe(outcome));
        } else {
            Log.debugf("webhook delivery %s to partner %s: attempt %d failed (%s)", d.id(), d.partner(), attempts,
                    describe(outcome));
        }
    }

    private static String describe(WebhookSender.Outcome outcome) {
        return outcome.statusCode() != null ? "status " + outcome.statusCode() : outcome.error();
    }

    private void releaseQuietly(WebhookQueue.Claimed d) {
        try {
            queue.release(d);
        } catch (RuntimeException e) {
            // stopping with the database gone: the claim runs out by itself
        }
    }
}
