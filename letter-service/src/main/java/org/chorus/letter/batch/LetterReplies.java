package org.chorus.letter.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.rest.dto.ReplyRequest;

/** Staff record what targets answered to a dispatched letter; the batch and the letter themselves do not change. */
@ApplicationScoped
public class LetterReplies {

    private final BatchQueries queries;
    private final AuditTrail audit;

    public LetterReplies(BatchQueries queries, AuditTrail audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @Transactional
    public ReplyRequest.View record(UUID batchId, UUID letterId, ReplyRequest request, String user) {
        Letter letter = queries.letter(batchId, letterId);
        if (BatchQueries.batch(batchId).status != DeliveryBatch.Status.DISPATCHED) {
            throw new BatchStateException("The batch is not dispatched: nothing can have come back yet.");
        }
        LetterReply reply = new LetterReply();
        reply.id = UUID.randomUUID();
        reply.letterId = letter.id;
        reply.kind = request.kind();
        reply.receivedAt = request.receivedAt();
        reply.summary = request.summary() == null ? null : request.summary().strip();
        reply.recordedBy = user;
        reply.recordedAt = Instant.now();
        reply.persist();
        audit.record(user, "letter.reply", letter.id.toString(), Map.of("batch", batchId, "reply", reply.id,
                "kind", String.valueOf(reply.kind)));
        return ReplyRequest.View.of(reply);
    }

    @Transactional
    public List<ReplyRequest.View> of(UUID batchId, UUID letterId) {
        Letter letter = queries.letter(batchId, letterId);
        return LetterReply.<LetterReply> list("letterId = ?1 order by receivedAt", letter.id).stream()
                .map(ReplyRequest.View::of).toList();
    }
}
