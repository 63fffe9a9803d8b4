package org.chorus.notification.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.chorus.notification.config.NotificationConfig;
import org.chorus.messaging.TableVacuum;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers queued emails. It is woken the moment a transaction that queued one commits, and also looks on its own
 * every poll interval (for retries that fell due, and for emails queued by another replica or before a restart).
 * A pass stops at the first email that must wait for a retry: while SMTP is down, the others would only fail too.
 */
@ApplicationScoped
public class EmailSender {

    private static final long DATABASE_BACKOFF_MILLIS = 1_000;

    private final EmailDelivery delivery;
    private final DeliveryMetrics metrics;
    private final long pollMillis;
    private final SendRate rate;
    private final TableVacuum vacuum;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService loop;
    private boolean failing;

    public EmailSender(EmailDelivery delivery, DeliveryMetrics metrics, NotificationConfig config,
            AgroalDataSource dataSource) {
        this.delivery = delivery;
        this.metrics = metrics;
        this.pollMillis = config.sender().pollEvery().toMillis();
        this.rate = SendRate.perSecond(config.sender().maxPerSecond());
        int vacuumEvery = config.sender().vacuumEvery();
        this.vacuum = vacuumEvery > 0 ? new TableVacuum(dataSource, "email_message", vacuumEvery) : null;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "email-sender"));
        loop.execute(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        loop.shutdown();
        loop.awaitTermination(15, TimeUnit.SECONDS);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                boolean databaseAnswered = passSafely();
                if (!databaseAnswered) {
                    Thread.sleep(DATABASE_BACKOFF_MILLIS);
                } else {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return false when the database failed the pass; the emails stay queued and are tried again. */
    private boolean passSafely() throws InterruptedException {
        try {
            pass();
            metrics.queue(delivery.queue());
        } catch (RuntimeException e) {
            if (!failing) {
                Log.warn("mail sender: a pass failed; the messages stay queued and are retried", e);
            }
            failing = true;
            return false;
        }
        if (failing) {
            Log.info("mail sender: the database answers again");
        }
        failing = false;
        return true;
    }

    private void pass() throws InterruptedException {
        EmailDelivery.Outcome outcome;
        do {
            rate.acquire();
            outcome = delivery.deliverNext();
            if (outcome != EmailDelivery.Outcome.NONE_DUE && vacuum != null) {
                vacuum.changed(1);
            }
            if (outcome == EmailDelivery.Outcome.NONE_DUE || outcome == EmailDelivery.Outcome.HELD
                    || outcome == EmailDelivery.Outcome.SUPPRESSED) {
                rate.giveBack();
            }
        } while (running && outcome != EmailDelivery.Outcome.NONE_DUE && outcome != EmailDelivery.Outcome.RETRY_LATER);
    }
}
