package org.chorus.notification.messaging;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.problem.DatabaseOutageException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Holds signature events back in Kafka while enough of their emails wait to be sent. Sending is limited
 * (sender.max-per-second), so in a signing spike confirmations come in far faster than they can leave. Taking them
 * all into the database at once would spend the CPU that signing needs on rows that only wait, and grow a queue of
 * encrypted addresses and bodies without bound. Kafka keeps the events, in order, for as long as sending needs; the
 * consumer group's lag on {@code signatures} is then the rest of the backlog.
 */
@ApplicationScoped
public class SignerEmailBacklog {

    /** The emails that signature events queue. */
    static final Set<EmailMessage.Kind> KINDS = EnumSet.of(EmailMessage.Kind.CONFIRMATION, EmailMessage.Kind.THANK_YOU);

    private final int maxQueued;
    private final long checkEveryMillis;

    public SignerEmailBacklog(NotificationConfig config) {
        this.maxQueued = config.intake().maxQueuedEmails();
        this.checkEveryMillis = config.intake().checkEvery().toMillis();
    }

    /**
     * Returns once fewer than the limit wait. A count that fails for another reason than an outage lets the events
     * in: the limit only spares the machine, and must never hold signers' emails back for good.
     *
     * @throws DatabaseOutageException when the database cannot be reached, so that the batch is retried
     */
    public void awaitRoom() {
        if (maxQueued <= 0) {
            return;
        }
        try {
            while (queued() >= maxQueued) {
                Thread.sleep(checkEveryMillis);
            }
        } catch (InterruptedException e) {
            // the service stops: the batch in hand is applied, over the limit once rather than handed back
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            DatabaseOutageException.rethrowIfOutage(e);
            // the failure's class only: a database message may quote values, and this line must never carry one
            Log.warnf("signature events: the outgoing queue could not be counted (%s); taking the events in",
                    e.getClass().getName());
        }
    }

    private long queued() {
        return QuarkusTransaction.requiringNew().call(() -> EmailMessage.queuedOf(KINDS));
    }
}
