package org.chorus.petition.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.chorus.messaging.Outbox;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.problem.DatabaseOutage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Stores new signatures many per transaction. Signers' request threads queue their prepared signatures and wait;
 * one writer takes whatever has queued up meanwhile and stores it with its events in one transaction. When few
 * sign, a batch is one signature and nobody waits for a batch to fill; in a spike, one commit serves hundreds.
 */
@ApplicationScoped
public class SignatureWriter {

    /** What became of a signature handed to the writer. */
    public enum Outcome { STORED, ALREADY_SIGNED }

    private record Pending(NewSignature signature, CompletableFuture<Outcome> outcome) {
    }

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final BlockingQueue<Pending> queue;
    private final int batchSize;
    private final long storeTimeoutNanos;
    private volatile boolean running;
    private Thread writer;

    public SignatureWriter(AgroalDataSource dataSource, Outbox outbox, PetitionConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.queue = new ArrayBlockingQueue<>(config.signing().queueCapacity());
        this.batchSize = config.signing().batchSize();
        this.storeTimeoutNanos = config.signing().storeTimeout().toNanos();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::run, "signature-writer");
        writer.start();
    }

    /** What is queued is still stored; then the writer ends. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(15));
    }

    /**
     * Waits until the signature is stored, or was not because its address had already signed.
     *
     * @throws SigningBusyException when the writer is behind by a full queue or does not answer in time
     * @throws PetitionNotOpenException when the petition closed meanwhile
     * @throws SignatureNotStoredException when the database refused the batch
     */
    Outcome store(NewSignature signature) {
        Pending pending = new Pending(signature, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            throw new SigningBusyException();
        }
        try {
            return pending.outcome().get(storeTimeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new SigningBusyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningBusyException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new SignatureNotStoredException(e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.error("signature writer: a batch failed unexpectedly", e);
                batch.forEach(p -> p.outcome().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** A batch that the database refuses is retried one by one, so that one bad signature fails only itself. */
    private void write(List<Pending> batch) {
        try {
            writeInOneTransaction(batch);
        } catch (SQLException e) {
            if (batch.size() > 1 && !DatabaseOutage.isCauseOf(e)) {
                batch.forEach(p -> write(List.of(p)));
                return;
            }
            batch.forEach(p -> p.outcome().completeExceptionally(new SignatureNotStoredException(e)));
        }
    }

    private void writeInOneTransaction(List<Pending> batch) throws SQLException {
        Set<UUID> petitionIds = batch.stream().map(p -> p.signature().petitionId()).collect(Collectors.toSet());
        List<Pending> storable = new ArrayList<>(batch.size());
        List<Pending> closed = new ArrayList<>();
        boolean[] stored;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                Set<UUID> open = SignatureStatements.lockOpen(db, petitionIds, Instant.now());
                batch.forEach(p -> (open.contains(p.signature().petitionId()) ? storable : closed).add(p));
                stored = SignatureStatements.insert(db, storable.stream().map(Pending::signature).toList(), outbox);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(db, e);
                throw e;
            }
        }
        outbox.wake();
        for (int i = 0; i < storable.size(); i++) {
            storable.get(i).outcome().complete(stored[i] ? Outcome.STORED : Outcome.ALREADY_SIGNED);
        }
        closed.forEach(p -> p.outcome().completeExceptionally(new PetitionNotOpenException(p.signature().slug())));
    }

    private static void rollbackQuietly(Connection db, Exception cause) {
        try {
            db.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
