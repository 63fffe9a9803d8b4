package org.chorus.petition.messaging;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.chorus.petition.config.PetitionConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Moves committed outbox events to Kafka. It is woken the moment a transaction with an event commits, and also
 * looks on its own every poll interval (for events committed by another replica or before a restart). When Kafka
 * is down nothing is deleted and it backs off; signing never waits for it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long BACKOFF_MILLIS = 1_000;

    private final OutboxBatch batch;
    private final long pollMillis;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService loop;
    private boolean failing;

    public OutboxRelay(OutboxBatch batch, PetitionConfig config) {
        this.batch = batch;
        this.pollMillis = config.outbox().pollEvery().toMillis();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        loop.execute(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        loop.shutdown();
        loop.awaitTermination(15, TimeUnit.SECONDS);
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            OutboxBatch.Result result = relaySafely();
            try {
                if (!result.allAcknowledged()) {
                    Thread.sleep(BACKOFF_MILLIS);
                } else if (result.attempted() == 0) {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private OutboxBatch.Result relaySafely() {
        OutboxBatch.Result result;
        try {
            result = batch.relayOnce();
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warn("outbox relay: a pass failed; the events stay in the outbox and are retried", e);
            }
            failing = true;
            return new OutboxBatch.Result(1, 0);
        }
        if (!result.allAcknowledged() && !failing) {
            Log.warnf("outbox relay: Kafka did not acknowledge %d of %d events; they stay in the outbox and are retried",
                    result.attempted() - result.acknowledged(), result.attempted());
        } else if (result.allAcknowledged() && failing) {
            Log.info("outbox relay: Kafka acknowledges events again");
        }
        failing = !result.allAcknowledged();
        return result;
    }
}
