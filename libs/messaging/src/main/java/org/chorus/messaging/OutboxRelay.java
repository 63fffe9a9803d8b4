package org.chorus.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.jboss.logging.Logger;

/**
 * Moves committed outbox events to Kafka on a thread of its own. Woken the moment a transaction with an event
 * commits ({@link #wake()}), it also looks on its own every poll interval (for events committed by another replica
 * or before a restart). When Kafka or the database is down nothing is deleted and it backs off; the transactions
 * that write events never wait for it. A pass that took less than a full batch took everything committed before it
 * began, so the relay waits for the next wake-up instead of looking again at once: in a spike that would be one
 * empty transaction more for every batch of signatures. After every so many relayed events it vacuums the table
 * ({@link TableVacuum}).
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long BACKOFF_MILLIS = 1_000;

    /** One pass: sends the oldest events and deletes those Kafka acknowledged. */
    interface Pass {
        OutboxBatch.Result relayOnce();
    }

    private final Pass pass;
    private final IntConsumer deleted;
    private final int batchSize;
    private final long pollMillis;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService loop;
    private boolean failing;

    public OutboxRelay(OutboxBatch batch, Duration pollEvery) {
        this(batch::relayOnce,
                new TableVacuum(batch.dataSource(), "outbox_event", TableVacuum.EVERY_CHANGED_ROWS)::changed,
                batch.batchSize(), pollEvery);
    }

    /** @param deleted told, after each pass, how many events it relayed and so deleted */
    OutboxRelay(Pass pass, IntConsumer deleted, int batchSize, Duration pollEvery) {
        this.pass = pass;
        this.deleted = deleted;
        this.batchSize = batchSize;
        this.pollMillis = pollEvery.toMillis();
    }

    public void start() {
        running = true;
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
        loop.execute(this::run);
    }

    /** Waits up to 15 seconds for a pass under way to finish. */
    public void stop() throws InterruptedException {
        running = false;
        wakeUp.release();
        if (loop != null) {
            loop.shutdown();
            loop.awaitTermination(15, TimeUnit.SECONDS);
        }
    }

    /** Events were committed: relay them now rather than at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            OutboxBatch.Result result = relaySafely();
            deleted.accept(result.acknowledged());
            try {
                if (!result.allAcknowledged()) {
                    Thread.sleep(BACKOFF_MILLIS);
                } else if (result.attempted() < batchSize) {
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
            result = pass.relayOnce();
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("outbox relay: a pass failed; the events stay in the outbox and are retried", e);
            }
            failing = true;
            return new OutboxBatch.Result(1, 0);
        }
        if (!result.allAcknowledged() && !failing) {
            LOG.warnf("outbox relay: Kafka did not acknowledge %d of %d events; they stay in the outbox and are retried",
                    result.attempted() - result.acknowledged(), result.attempted());
        } else if (result.allAcknowledged() && failing) {
            LOG.info("outbox relay: Kafka acknowledges events again");
        }
        failing = !result.allAcknowledged();
        return result;
    }
}
