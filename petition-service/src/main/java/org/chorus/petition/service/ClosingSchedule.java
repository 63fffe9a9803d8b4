package org.chorus.petition.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks petitions CLOSED once their closesAt has come, and so publishes petition.closed. Every replica runs it;
 * the rows are locked with SKIP LOCKED, so each petition is closed by one of them, once.
 */
@ApplicationScoped
public class ClosingSchedule {

    /** More than this many petitions closing in one interval is unlikely; the rest wait for the next run. */
    private static final int BATCH = 100;

    private final PetitionAdminService petitions;
    private boolean failing;

    public ClosingSchedule(PetitionAdminService petitions) {
        this.petitions = petitions;
    }

    /**
     * The interval is chorus.petition.closing.check-every (PetitionConfig.Closing). No run starts while the
     * service stops: the database may already be closed, and the next start closes what is due.
     */
    @Scheduled(identity = "close-due-petitions", every = "${chorus.petition.closing.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            closeDue();
            if (failing) {
                Log.info("closing job: works again");
            }
            failing = false;
        } catch (RuntimeException e) {
            // a database outage fails every run: say so once, and try again next time
            if (!failing) {
                Log.warn("closing job: a run failed; due petitions are closed on a later run", e);
            }
            failing = true;
        }
    }

    /** @return how many petitions it closed */
    public int closeDue() {
        return petitions.closeDue(Instant.now(), BATCH);
    }
}
