package org.chorus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long after the load stops the public tally is exact again: polls {@code GET /api/petitions/{slug}/tally}
 * through the gateway every 100 ms and compares its {@code total} with the CONFIRMED signatures in
 * petition-service's database, until both have stayed equal for {@code settle}.
 */
final class TallyConvergence {

    static final long POLL_NANOS = 100_000_000L;
    /** Once no confirmation can change it, the count is read once a second: it scans all the petition's rows. */
    static final long STABLE_COUNT_EVERY_NANOS = 1_000_000_000L;

    /** {@code exactAfterNanos} is -1 when the tally was never exact for {@code settle} before the timeout. */
    record Result(long exactAfterNanos, long tally, long confirmed, long polls, long pollErrors, long flaps,
            long overcounts, long longestCountQueryNanos) {

        boolean converged() {
            return exactAfterNanos >= 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tallyUri;

    TallyConvergence(BenchOptions options) {
        this.options = options;
        String base = options.gateway().toString().replaceAll("/$", "");
        this.tallyUri = URI.create(base + "/api/petitions/" + options.petition() + "/tally");
    }

    static UUID petitionId(BenchOptions options) throws SQLException {
        try (Connection db = connect(options);
                PreparedStatement query = db.prepareStatement("SELECT id FROM petition WHERE slug = ?")) {
            query.setString(1, options.petition());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("petition " + options.petition() + " is not in " + options.dbUrl());
                }
                return row.getObject(1, UUID.class);
            }
        }
    }

    /**
     * @param stoppedAtNanos when the load stopped (the end of the measured window)
     * @param countMayChange true while confirmations the driver sent may still be committing
     */
    Result await(UUID petition, long stoppedAtNanos, BooleanSupplier countMayChange) throws SQLException {
        long settleNanos = options.settle().toNanos();
        long deadline = stoppedAtNanos + options.convergeTimeout().toNanos();
        long equalSince = -1;
        long polls = 0;
        long pollErrors = 0;
        long flaps = 0;
        long overcounts = 0;
        long confirmed = -1;
        long tally = -1;
        long countReadAt = Long.MIN_VALUE;
        long longestQuery = 0;
        try (Connection db = connect(options);
                PreparedStatement count = db.prepareStatement(
                        "SELECT count(*) FROM signature WHERE status = 'CONFIRMED' AND petition_id = ?")) {
            count.setObject(1, petition);
            for (long next = Math.max(System.nanoTime(), stoppedAtNanos);; next = Math.max(next + POLL_NANOS,
                    System.nanoTime())) {
                sleepUntil(next);
                long now = System.nanoTime();
                if (confirmed < 0 || countMayChange.getAsBoolean() || now - countReadAt >= STABLE_COUNT_EVERY_NANOS) {
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        confirmed = row.getLong(1);
                    }
                    longestQuery = Math.max(longestQuery, System.nanoTime() - now);
                    countReadAt = now;
                }
                polls++;
                try {
                    tally = total();
                } catch (IOException e) {
                    pollErrors++;
                    if (now > deadline) {
                        return new Result(-1, tally, confirmed, polls, pollErrors, flaps, overcounts, longestQuery);
                    }
                    continue;
                }
                if (tally > confirmed) {
                    overcounts++;
                }
                if (tally == confirmed) {
                    if (equalSince < 0) {
                        equalSince = now;
                    }
                    if (now - equalSince >= settleNanos) {
                        return new Result(Math.max(0, equalSince - stoppedAtNanos), tally, confirmed, polls,
                                pollErrors, flaps, overcounts, longestQuery);
                    }
                } else {
                    if (equalSince >= 0) {
                        flaps++;
                    }
                    equalSince = -1;
                }
                if (now > deadline) {
                    return new Result(-1, tally, confirmed, polls, pollErrors, flaps, overcounts, longestQuery);
                }
            }
        }
    }

    private long total() throws IOException {
        return currentTally().path("total").asLong(-1);
    }

    /** The public tally as the gateway answers it now: {@code {total, byCountry, updatedAt}}. */
    JsonNode currentTally() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(tallyUri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("tally answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static Connection connect(BenchOptions options) throws SQLException {
        return DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword());
    }

    private static void sleepUntil(long nanos) {
        for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }
}
