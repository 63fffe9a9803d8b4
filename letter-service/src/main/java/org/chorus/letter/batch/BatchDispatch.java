package org.chorus.letter.batch;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.events.BatchDispatched;
import org.chorus.letter.events.LetterDispatchRequested;
import org.chorus.letter.messaging.LetterEvents;
import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.pdf.PdfConfig;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;

import io.quarkus.logging.Log;

/**
 * Dispatches an approved batch, once: one {@code letter.dispatch-requested} per letter (to the target's contacts as
 * the directory has them now) and one {@code batch.dispatched}, all in the transaction that marks the batch
 * DISPATCHED. A restart can neither lose a letter nor send one twice: the events leave through the outbox. Each
 * letter goes with its PDF, so a batch whose PDFs are still being printed is dispatched a few seconds later (409).
 */
@ApplicationScoped
public class BatchDispatch {

    private final LetterEvents events;
    private final BatchQueries queries;
    private final LetterPdfs pdfs;
    private final boolean withPdfs;

    public BatchDispatch(LetterEvents events, BatchQueries queries, LetterPdfs pdfs, PdfConfig pdfConfig) {
        this.events = events;
        this.queries = queries;
        this.pdfs = pdfs;
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
        Map<UUID, List<TargetContact>> contacts = TargetContact.<TargetContact> list("targetId in ?1",
                letters.stream().map(l -> l.targetId).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.targetId));
        Instant now = Instant.now();
        for (Letter letter : letters) {
            List<LetterDispatchRequested.Recipient> recipients = contacts.getOrDefault(letter.targetId, List.of())
                    .stream().map(c -> new LetterDispatchRequested.Recipient(c.role.name(), c.name, c.email)).toList();
            if (recipients.isEmpty()) {
                throw new BatchStateException("The directory has no contact for " + letter.targetName
                        + ": add one before dispatching.");
            }
            events.add(LetterDispatchRequested.TYPE, letter.countryCode, letter.id, new LetterDispatchRequested(
                    letter.id, batch.id, batch.petitionId, batch.petitionSlug, letter.countryCode, letter.targetName,
                    letter.locale, letter.subject, letter.html, recipients, pdf(letter)));
            letter.status = Letter.Status.QUEUED;
            letter.statusAt = now;
        }
        batch.status = DeliveryBatch.Status.DISPATCHED;
        batch.dispatchedAt = now;
        batch.dispatchedBy = user;
        events.add(BatchDispatched.TYPE, batch.petitionId.toString(), batch.id, new BatchDispatched(batch.id,
                batch.petitionId, batch.petitionSlug, batch.cutoff, batch.total, batch.merkleRoot, letters.size(), now));
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
