package org.chorus.petition.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.rest.dto.TallyView;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The public, cached face of the tallies. Reads within {@code refresh-every} of the last one are served from memory;
 * one background thread re-reads the tallies that somebody is streaming and pushes each change to every open stream
 * of that petition. Streams hold no thread: thousands of them are just subscribers of one processor. Reading the
 * database (not listening to this instance's own consumer) keeps every instance of the service live, whichever of
 * them counts a partition.
 */
@ApplicationScoped
public class LiveTallies {

    private final TallyService tallies;
    private final long refreshNanos;
    private final Duration keepAlive;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tally-refresh");
        t.setDaemon(true);
        return t;
    });

    public LiveTallies(TallyService tallies, PetitionConfig config) {
        this.tallies = tallies;
        this.refreshNanos = config.tally().refreshEvery().toNanos();
        this.keepAlive = config.tally().keepAlive();
        long every = config.tally().refreshEvery().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshStreamed, every, every, TimeUnit.MILLISECONDS);
    }

    /** The tally as of at most {@code refresh-every} ago. */
    public TallyView current(UUID petitionId) {
        Entry entry = entries.computeIfAbsent(petitionId, id -> new Entry());
        TallyView view = entry.view;
        if (view == null || System.nanoTime() - entry.loadedAt > refreshNanos) {
            view = load(petitionId, entry);
        }
        return view;
    }

    /** The current tally, then every change of it, and the latest again every {@code keep-alive} (for proxies). */
    public Multi<TallyView> stream(UUID petitionId) {
        current(petitionId);
        return streamFromMemory(petitionId).orElseThrow();
    }

    /**
     * The same without touching the database, when this petition is already watched: so that opening a stream of a
     * petition many people are watching costs no worker thread at all.
     */
    public Optional<Multi<TallyView>> streamFromMemory(UUID petitionId) {
        Entry entry = entries.get(petitionId);
        if (entry == null || entry.view == null) {
            return Optional.empty();
        }
        return Optional.of(subscribe(entry));
    }

    private Multi<TallyView> subscribe(Entry entry) {
        TallyView now = entry.view;
        Multi<TallyView> heartbeat = Multi.createFrom().ticks().every(keepAlive).map(tick -> entry.view);
        Multi<TallyView> live = Multi.createBy().merging().streams(entry.changes, heartbeat);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now), live)
                .onSubscription().invoke(subscription -> entry.subscribers.incrementAndGet())
                .onTermination().invoke(() -> entry.subscribers.decrementAndGet());
    }

    private void refreshStreamed() {
        try {
            entries.forEach((id, entry) -> {
                if (entry.subscribers.get() > 0) {
                    TallyView before = entry.view;
                    TallyView after = load(id, entry);
                    if (!Objects.equals(before, after)) {
                        entry.changes.onNext(after);
                    }
                }
            });
        } catch (RuntimeException e) {
            Log.warnf("tallies could not be refreshed: %s", e.getClass().getSimpleName());
        }
    }

    private TallyView load(UUID petitionId, Entry entry) {
        TallyView view = tallies.tally(petitionId);
        entry.view = view;
        entry.loadedAt = System.nanoTime();
        return view;
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private static final class Entry {
        volatile TallyView view;
        volatile long loadedAt;
        final AtomicInteger subscribers = new AtomicInteger();
        final BroadcastProcessor<TallyView> changes = BroadcastProcessor.create();
    }
}
