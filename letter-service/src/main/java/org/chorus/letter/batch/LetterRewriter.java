package org.chorus.letter.batch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.Petition;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;

/**
 * Writes letters of a batch not yet dispatched again from what the batch keeps (its signatures, each letter's
 * recipients and language), after one of them changed: the text, and so the PDF, which is printed again. The caller
 * clears the approval in the same transaction.
 */
@ApplicationScoped
public class LetterRewriter {

    private final EntityManager em;
    private final Petitions petitions;
    private final LetterComposer composer;
    private final FrozenRecipients recipients;
    private final LetterPdfs pdfs;
    private final Event<LettersCreated> lettersWritten;

    public LetterRewriter(EntityManager em, Petitions petitions, LetterComposer composer, FrozenRecipients recipients,
            LetterPdfs pdfs, Event<LettersCreated> lettersWritten) {
        this.em = em;
        this.petitions = petitions;
        this.composer = composer;
        this.recipients = recipients;
        this.pdfs = pdfs;
        this.lettersWritten = lettersWritten;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void rewrite(DeliveryBatch batch, Collection<Letter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        Petition petition = petitions.bySlug(batch.petitionSlug).orElseThrow(() -> new BatchStateException(
                "letter-service no longer knows the batch's petition: its letters cannot be written again."));
        LetterComposer.Snapshot snapshot = LetterComposer.Snapshot.frozen(em, batch.id);
        Manifest manifest = Manifest.of(snapshot.ids());
        Map<UUID, List<FrozenRecipients.Recipient>> to = recipients.of(letters.stream().map(l -> l.id).toList());
        for (Letter letter : letters) {
            TargetView target = new TargetView(letter.targetId, letter.countryCode, letter.targetName, letter.locale,
                    to.getOrDefault(letter.id, List.of()).stream().map(FrozenRecipients.Recipient::contact).toList());
            LetterRenderer.Rendered rendered = composer.render(petition,
                    BatchCreation.template(batch.petitionSlug, letter.locale), target, snapshot, manifest, batch.cutoff);
            letter.subject = rendered.subject();
            letter.html = rendered.html();
        }
        // The letter rows are written (and locked) before their PDFs go: a printer that printed the old text can
        // then no longer store it (LetterPdfs.store).
        em.flush();
        letters.forEach(l -> pdfs.discard(l.id));
        lettersWritten.fire(new LettersCreated(batch.id));
    }
}
