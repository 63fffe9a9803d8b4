package org.chorus.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * What became of a set of requests: answers by status, timeouts, connection errors, and their latencies from the
 * intended send time. Confined to the driver's event loop.
 */
final class Outcomes {

    /** Microseconds, up to an hour, three significant digits. */
    static Histogram newHistogram() {
        return new Histogram(TimeUnit.HOURS.toMicros(1), 3);
    }

    final Map<Integer, Long> byStatus = new TreeMap<>();
    final Map<String, Long> connectionErrors = new TreeMap<>();
    /** Latency of the 2xx answers. */
    final Histogram succeeded = newHistogram();
    /** Latency of every request; a timeout counts as the timeout itself (so these are lower bounds). */
    final Histogram all = newHistogram();
    long scheduled;
    long timeouts;

    void answered(int status, long latencyNanos) {
        byStatus.merge(status, 1L, Long::sum);
        long micros = micros(latencyNanos);
        if (status >= 200 && status < 300) {
            succeeded.recordValue(micros);
        }
        all.recordValue(micros);
    }

    void timedOut(long timeoutNanos) {
        timeouts++;
        all.recordValue(micros(timeoutNanos));
    }

    void failed(String kind, long latencyNanos) {
        connectionErrors.merge(kind, 1L, Long::sum);
        all.recordValue(micros(latencyNanos));
    }

    long succeededCount() {
        return succeeded.getTotalCount();
    }

    /** Everything that is not a 2xx answer: other statuses, timeouts, connection errors. */
    long errors() {
        return all.getTotalCount() - succeeded.getTotalCount();
    }

    long finished() {
        return all.getTotalCount();
    }

    private static long micros(long nanos) {
        return Math.max(1, Math.min(TimeUnit.HOURS.toMicros(1), nanos / 1000));
    }
}
