package org.chorus.letter.batch;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.events.BatchDispatched;
import org.chorus.letter.events.LetterDispatchRequested;
import org.chorus.letter.events.NamesSent;
import org.chorus.letter.messaging.Topics;
import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.pdf.PdfConfig;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;
import org.chorus.messaging.Outbox;

import io.quarkus.logging.Log;

/**
 * Dispatches an approved batch, once, exactly as approved: one {@code letter.dispatch-requested} per letter (to the
 * recipients the letter keeps, never to the directory's contacts of now), one {@code batch.dispatched}, and one
 * {@code batch.names-sent} (topic names-sent: whose names went where), all in the transaction that marks the batch
 * DISPATCHED. If anything differs from what was approved (ApprovalDigest), however it was changed, nothing goes (409
 * approval-mismatch). A restart can neither lose a letter nor send one twice: the events leave through the outbox.
 * Each letter goes with its PDF.
 */
@ApplicationScoped
public class BatchDispatch {

    private final Outbox outbox;
    private final BatchQueries queries;
    private final LetterPdfs pdfs;
    private final FrozenRecipients recipients;
    private final ApprovalDigest digest;
    private final SentNames sentNames;
    private final boolean withPdfs;
    private final AuditTrail audit;

    public BatchDispatch(Outbox outbox, BatchQueries queries, LetterPdfs pdfs, FrozenRecipients recipients,
            ApprovalDigest digest, SentNames sentNames, PdfConfig pdfConfig, AuditTrail audit) {
        this.audit = audit;
        this.sentNames = sentNames;
        this.outbox = outbox;
        this.queries = queries;
        this.pdfs = pdfs;
        this.recipients = recipients;
        this.digest = digest;
        this.withPdfs = pdfConfig.enabled();
    }

    @Transactional
    public BatchView dispatch(UUID id, String user) {
        DeliveryBatch batch = DeliveryBatch.<DeliveryBatch> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownEntryException("There is no batch with this id."));
        switch (batch.status) {
            case AWAITING_APPROVAL -> throw new BatchStateException(
                    "The batch is not approved yet: a second person with role approver approves it first.");
            case DISPATCHED -> throw new BatchStateException("The batch was already dispatched at " + batch.dispatchedAt + ".");
            case APPROVED -> {
                // on
            }
        }
        List<Letter> letters = Letter.list("batchId", batch.id);
        long unprinted = withPdfs ? pdfs.unprintedIn(batch.id) : 0;
        if (unprinted > 0) {
            throw new PdfPendingException("The PDFs of " + unprinted + " of the batch's " + letters.size()
                    + " letters are still being printed: dispatch again in a few seconds.");
        }
        if (!digest.of(batch).equals(batch.approvedDigest)) {
            Log.warnf("batch %s differs from what was approved: not dispatched", batch.id);
            throw new ApprovalMismatchException("The batch's letters, PDFs or recipients are no longer what was "
                    + "approved: a second person with role approver must approve it again.");
        }
        Map<UUID, List<FrozenRecipients.Recipient>> to = recipients.of(letters.stream().map(l -> l.id).toList());
        Instant now = Instant.now();
        for (Letter letter : letters) {
            List<LetterDispatchRequested.Recipient> own = to.getOrDefault(letter.id, List.of()).stream()
                    .map(r -> new LetterDispatchRequested.Recipient(r.role().name(), r.name(), r.email())).toList();
            if (own.isEmpty()) {
                throw new BatchStateException("The letter to " + letter.targetName + " has no recipient: add a "
                        + "contact to the directory, take it into the batch (POST .../recipients/refresh) and have "
                        + "the batch approved again.");
            }
            outbox.add(Topics.LETTERS, LetterDispatchRequested.TYPE, letter.countryCode, letter.id.toString(),
                    Instant.now(), new LetterDispatchRequested(
                    letter.id, batch.id, batch.petitionId, batch.petitionSlug, letter.countryCode, letter.targetName,
                    letter.locale, letter.subject, letter.html, own, pdf(letter)));
            letter.status = Letter.Status.QUEUED;
            letter.statusAt = now;
        }
        batch.status = DeliveryBatch.Status.DISPATCHED;
        batch.dispatchedAt = now;
        batch.dispatchedBy = user;
        outbox.add(Topics.LETTERS, BatchDispatched.TYPE, batch.petitionId.toString(), batch.id.toString(),
                Instant.now(), new BatchDispatched(batch.id,
                batch.petitionId, batch.petitionSlug, batch.cutoff, batch.total, batch.merkleRoot, letters.size(), now));
        outbox.add(Topics.NAMES_SENT, NamesSent.TYPE, batch.petitionId.toString(), batch.id.toString(),
                Instant.now(), sentNames.of(batch, letters, now));
        audit.record(user, "batch.dispatch", batch.id.toString(), Map.of("petition", batch.petitionSlug,
                "letters", letters.size(), "signatures", batch.total));
        Log.infof("batch %s dispatched: %d letters", batch.id, letters.size());
        return queries.view(batch);
    }

    private LetterDispatchRequested.Pdf pdf(Letter letter) {
        if (!withPdfs) {
            return null;
        }
        LetterPdfs.StoredPdf pdf = pdfs.of(letter.id).orElseThrow(() -> new PdfPendingException(
                "The PDF of the letter to " + letter.targetName + " is not printed yet: dispatch again in a few seconds."));
        return new LetterDispatchRequested.Pdf(BatchQueries.pdfName(letter), "application/pdf", pdf.sha256(),
                Base64.getEncoder().encodeToString(pdf.bytes()));
    }
}
