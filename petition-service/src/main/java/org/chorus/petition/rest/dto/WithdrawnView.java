package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chorus.petition.service.Withdrawal;

/**
 * {@code {"status": "WITHDRAWN", "alreadySent": [...]}} (status INVALIDATED for a signature staff invalidated): the letters already dispatched with the signer's name,
 * which cannot be recalled (empty when none did, and on a second withdrawal).
 */
public record WithdrawnView(String status, List<Letters> alreadySent) {

    /** One dispatched batch's letters that printed the name: when they went, and to which governments (ISO codes). */
    public record Letters(UUID batchId, Instant dispatchedAt, List<String> targets) {
    }

    public static WithdrawnView of(Withdrawal withdrawal) {
        return new WithdrawnView(withdrawal.status().name(), withdrawal.alreadySent().stream()
                .map(s -> new Letters(s.batchId(), s.dispatchedAt(), s.targets())).toList());
    }
}
