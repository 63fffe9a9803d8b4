package org.chorus.letter.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.Petition;
import org.chorus.letter.events.NamesSent;
import org.chorus.letter.service.Petitions;

/** Whose names the letters of a batch print, and to which targets: by NamePolicy, the rule the letters were written by. */
@ApplicationScoped
public class SentNames {

    private final EntityManager em;
    private final Petitions petitions;

    public SentNames(EntityManager em, Petitions petitions) {
        this.em = em;
        this.petitions = petitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    NamesSent of(DeliveryBatch batch, List<Letter> letters, Instant dispatchedAt) {
        Petition petition = petitions.bySlug(batch.petitionSlug).orElseThrow(() -> new BatchStateException(
                "letter-service no longer knows the batch's petition."));
        Collection<String> sensitive = petition.sensitiveStates == null ? List.of() : petition.sensitiveStates;
        List<String> codes = letters.stream().map(l -> l.countryCode).sorted().toList();
        List<NamesSent.Named> named = new ArrayList<>();
        for (NamePolicy.Signer signer : LetterComposer.Snapshot.frozen(em, batch.id).signers()) {
            List<String> to = codes.stream().filter(c -> NamePolicy.withheld(signer, c, sensitive).isEmpty()).toList();
            if (!to.isEmpty()) {
                named.add(new NamesSent.Named(signer.signatureId(), to));
            }
        }
        return new NamesSent(batch.id, batch.petitionId, batch.petitionSlug, dispatchedAt, named);
    }
}
