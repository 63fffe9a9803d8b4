package org.chorus.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What bench/faults proves after a run with a fault in it: every signature that was answered 2xx is in
 * petition-service's database exactly once (found by the run's utm_source and the signer's number in utm_campaign),
 * and the public tally, total and by country, equals the CONFIRMED signatures.
 */
final class FaultCheck {

    record Result(int accepted, int storedOnce, List<Long> missing, List<Long> duplicated, int storedUnanswered,
            long tallyTotal, long confirmed, Map<String, Long> tallyByCountry, Map<String, Long> confirmedByCountry) {

        boolean everyAcceptedStoredOnce() {
            return missing.isEmpty() && duplicated.isEmpty();
        }

        boolean tallyExact() {
            return tallyTotal == confirmed && tallyByCountry.equals(confirmedByCountry);
        }

        boolean passed() {
            return everyAcceptedStoredOnce() && tallyExact();
        }
    }

    private final BenchOptions options;

    FaultCheck(BenchOptions options) {
        this.options = options;
    }

    Result run(UUID petition, String sourceTag, BitSet accepted) throws SQLException, IOException {
        Map<Long, Long> stored = storedSigners(petition, sourceTag);
        List<Long> missing = new ArrayList<>();
        List<Long> duplicated = new ArrayList<>();
        int storedOnce = 0;
        for (int i = accepted.nextSetBit(0); i >= 0; i = accepted.nextSetBit(i + 1)) {
            long copies = stored.getOrDefault((long) i, 0L);
            if (copies == 0) {
                missing.add((long) i);
            } else if (copies > 1) {
                duplicated.add((long) i);
            } else {
                storedOnce++;
            }
        }
        int storedUnanswered = (int) stored.keySet().stream().filter(i -> !accepted.get(Math.toIntExact(i))).count();
        Map<String, Long> confirmedByCountry = confirmedByCountry(petition);
        JsonNode tally = new TallyConvergence(options).currentTally();
        Map<String, Long> tallyByCountry = new TreeMap<>();
        tally.path("byCountry").fields().forEachRemaining(e -> tallyByCountry.put(e.getKey(), e.getValue().asLong()));
        long confirmed = confirmedByCountry.values().stream().mapToLong(Long::longValue).sum();
        return new Result(accepted.cardinality(), storedOnce, missing, duplicated, storedUnanswered,
                tally.path("total").asLong(-1), confirmed, tallyByCountry, confirmedByCountry);
    }

    private Map<Long, Long> storedSigners(UUID petition, String sourceTag) throws SQLException {
        Map<Long, Long> stored = new HashMap<>();
        try (Connection db = TallyConvergence.connect(options);
                PreparedStatement query = db.prepareStatement("SELECT utm_campaign, count(*) FROM signature"
                        + " WHERE petition_id = ? AND utm_source = ? GROUP BY utm_campaign")) {
            query.setObject(1, petition);
            query.setString(2, sourceTag);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(Long.parseLong(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return stored;
    }

    private Map<String, Long> confirmedByCountry(UUID petition) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = TallyConvergence.connect(options);
                PreparedStatement query = db.prepareStatement("SELECT country, count(*) FROM signature"
                        + " WHERE petition_id = ? AND status = 'CONFIRMED' GROUP BY country")) {
            query.setObject(1, petition);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
