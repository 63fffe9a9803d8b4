package org.chorus.letter.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;

import io.quarkus.logging.Log;

/**
 * Takes the directory's contacts of now into a batch not yet dispatched, for the letters whose contacts changed:
 * their recipients, and their text (it addresses the recipient), hence their PDFs. A batch that changed goes back to
 * AWAITING_APPROVAL with the name of who changed it, who may not approve it; one that did not change keeps its
 * approval, so that asking twice changes nothing.
 */
@ApplicationScoped
public class RecipientsRefresh {

    private final FrozenRecipients recipients;
    private final LetterRewriter rewriter;
    private final BatchQueries queries;
    private final AuditTrail audit;

    public RecipientsRefresh(FrozenRecipients recipients, LetterRewriter rewriter, BatchQueries queries,
            AuditTrail audit) {
        this.recipients = recipients;
        this.rewriter = rewriter;
        this.queries = queries;
        this.audit = audit;
    }

    @Transactional
    public BatchView refresh(UUID id, String user) {
        DeliveryBatch batch = DeliveryBatch.<DeliveryBatch> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownEntryException("There is no batch with this id."));
        if (batch.status == DeliveryBatch.Status.DISPATCHED) {
            throw new BatchStateException("The batch was dispatched at " + batch.dispatchedAt
                    + ": its letters went to the recipients it had then.");
        }
        List<Letter> letters = Letter.list("batchId", batch.id);
        Map<UUID, List<FrozenRecipients.Recipient>> kept = recipients.of(letters.stream().map(l -> l.id).toList());
        Map<UUID, List<FrozenRecipients.Recipient>> now = recipients.inDirectory(
                letters.stream().map(l -> l.targetId).toList());
        List<Letter> changed = new ArrayList<>();
        for (Letter letter : letters) {
            List<FrozenRecipients.Recipient> current = now.getOrDefault(letter.targetId, List.of());
            if (current.isEmpty()) {
                throw new BatchStateException("The directory has no contact for " + letter.targetName
                        + " any more: add one before taking the directory's contacts into the batch.");
            }
            if (!current.equals(kept.getOrDefault(letter.id, List.of()))) {
                changed.add(letter);
            }
        }
        audit.record(user, "batch.recipients-refresh", batch.id.toString(), Map.of("petition", batch.petitionSlug,
                "changedLetters", changed.size()));
        if (changed.isEmpty()) {
            return queries.view(batch);
        }
        changed.forEach(l -> recipients.freeze(l.id, now.get(l.targetId)));
        rewriter.rewrite(batch, changed);
        batch.changed(DeliveryBatch.Change.RECIPIENTS_REFRESHED, user, Instant.now());
        Log.infof("batch %s: recipients of %d letters taken from the directory again; approval needed", batch.id,
                changed.size());
        return queries.view(batch);
    }
}
