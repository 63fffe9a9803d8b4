package org.chorus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * The outcomes of one run, split by the intended send time of each request: warm-up, the measured window, and
 * ten-second intervals of the whole load for the timeline. Confined to the driver's event loop.
 */
final class LoadResults {

    static final long INTERVAL_NANOS = 10_000_000_000L;

    final long startNanos;
    final long measureStartNanos;
    final long endNanos;
    final Outcomes warmup = new Outcomes();
    final Outcomes measured = new Outcomes();
    final List<Outcomes> intervals = new ArrayList<>();
    /** How late the event loop sent each request after its intended time: the driver's own delay. */
    final Histogram sendLag = Outcomes.newHistogram();
    /** 2xx answers received inside the measured window, whenever they were sent. */
    long succeededInWindow;
    /** Every answer received inside the measured window, in time or late: what the platform served. */
    long answersInWindow;
    /** Answers that came after their request had timed out (already counted as timeouts), by status. */
    final Map<Integer, Long> lateByStatus = new TreeMap<>();

    LoadResults(long startNanos, long measureStartNanos, long endNanos) {
        this.startNanos = startNanos;
        this.measureStartNanos = measureStartNanos;
        this.endNanos = endNanos;
        long count = (endNanos - startNanos + INTERVAL_NANOS - 1) / INTERVAL_NANOS;
        for (int i = 0; i < count; i++) {
            intervals.add(new Outcomes());
        }
    }

    void scheduled(long intendedNanos, long sentNanos) {
        sendLag.recordValue(Math.max(1, (sentNanos - intendedNanos) / 1000));
        phase(intendedNanos).scheduled++;
        interval(intendedNanos).scheduled++;
    }

    void answered(long intendedNanos, int status, long nowNanos) {
        phase(intendedNanos).answered(status, nowNanos - intendedNanos);
        interval(intendedNanos).answered(status, nowNanos - intendedNanos);
        if (inWindow(nowNanos)) {
            answersInWindow++;
            if (status >= 200 && status < 300) {
                succeededInWindow++;
            }
        }
    }

    void answeredLate(int status, long nowNanos) {
        lateByStatus.merge(status, 1L, Long::sum);
        if (inWindow(nowNanos)) {
            answersInWindow++;
        }
    }

    long lateAnswers() {
        return lateByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private boolean inWindow(long nanos) {
        return nanos >= measureStartNanos && nanos < endNanos;
    }

    void timedOut(long intendedNanos, long timeoutNanos) {
        phase(intendedNanos).timedOut(timeoutNanos);
        interval(intendedNanos).timedOut(timeoutNanos);
    }

    void failed(long intendedNanos, String kind, long nowNanos) {
        phase(intendedNanos).failed(kind, nowNanos - intendedNanos);
        interval(intendedNanos).failed(kind, nowNanos - intendedNanos);
    }

    double windowSeconds() {
        return (endNanos - measureStartNanos) / 1e9;
    }

    /** 2xx answers per second received in time during the measured window. */
    double throughput() {
        return succeededInWindow / windowSeconds();
    }

    /**
     * The rate the platform kept up with: requests whose intended send time fell in the measured window and that
     * were answered 2xx in time, per second of the window. Unlike {@link #throughput()} it does not depend on how
     * many answers straddle the window's two edges, so a run that answered every request in time sustained exactly
     * the offered rate.
     */
    double sustainedRate() {
        return measured.succeededCount() / windowSeconds();
    }

    /** Answers of any status per second received during the measured window, in time or late. */
    double servedRate() {
        return answersInWindow / windowSeconds();
    }

    private Outcomes phase(long intendedNanos) {
        return intendedNanos < measureStartNanos ? warmup : measured;
    }

    private Outcomes interval(long intendedNanos) {
        int index = (int) ((intendedNanos - startNanos) / INTERVAL_NANOS);
        return intervals.get(Math.max(0, Math.min(intervals.size() - 1, index)));
    }
}
