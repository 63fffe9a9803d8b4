package org.chorus.letter.rest.dto;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.chorus.letter.batch.LetterReply;

/** An acknowledgement or reply from a target, as staff record it: what, when it came, and a short summary. */
public record ReplyRequest(
        @NotNull LetterReply.Kind kind,
        @NotNull @PastOrPresent Instant receivedAt,
        @Size(max = 2000) String summary) {

    /** A recorded reply. */
    public record View(UUID id, UUID letterId, String kind, Instant receivedAt, String summary, String recordedBy,
            Instant recordedAt) {

        public static View of(LetterReply r) {
            return new View(r.id, r.letterId, r.kind.name(), r.receivedAt, r.summary, r.recordedBy, r.recordedAt);
        }
    }
}
