package org.chorus.petition.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.jpa.HibernateHints;

import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.rest.dto.PartnerSigner;
import org.chorus.petition.rest.dto.PartnerSignerPage;
import org.chorus.petition.rest.dto.PartnerTally;
import org.chorus.petition.rest.dto.TallyView;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/**
 * What a partner may read of a petition: the count of confirmed signatures that came through it, and those of its
 * signers who confirmed and agreed to be contacted by it. Every query is bound to the one partner the caller's token
 * speaks for (PartnerRegistry.callerPartner); no parameter can widen it.
 */
@ApplicationScoped
public class PartnerData {

    /** Confirmed, through this partner, and agreed to be contacted by it: nobody else is ever in a partner's list. */
    private static final String CONTACTABLE = "petitionId = :petition and partner = :partner and status = :confirmed"
            + " and consentPartner = true";
    private static final int FETCH_SIZE = 500;

    private final PetitionQueries petitions;
    private final TallyService tallies;
    private final SignerDataCipher cipher;
    private final EntityManager em;

    public PartnerData(PetitionQueries petitions, TallyService tallies, SignerDataCipher cipher, EntityManager em) {
        this.petitions = petitions;
        this.tallies = tallies;
        this.cipher = cipher;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerTally tally(String partner, String petitionSlug) {
        Petition p = petitions.petition(petitionSlug);
        TallyView t = tallies.partnerTally(p.id, partner);
        return new PartnerTally(p.slug, partner, t.total(), t.byCountry(), t.updatedAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerSignerPage page(String partner, String petitionSlug, int page, int size) {
        Petition p = petitions.petition(petitionSlug);
        Parameters params = parameters(p.id, partner);
        List<PartnerSigner> signers = Signature.<Signature>find(CONTACTABLE + " order by createdAt, id", params)
                .page(Page.of(page, size)).list().stream().map(this::view).toList();
        return new PartnerSignerPage(p.slug, partner, page, size, Signature.count(CONTACTABLE, params), signers);
    }

    /** Checks the petition now (an unknown one is a 404, not an empty file); rows are streamed as they are read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamingOutput csv(String partner, String petitionSlug) {
        UUID petitionId = petitions.petition(petitionSlug).id;
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            QuarkusTransaction.requiringNew().run(() -> writeRows(petitionId, partner, writer));
            writer.flush();
        };
    }

    private void writeRows(UUID petitionId, String partner, Writer writer) {
        var rows = em.createQuery("from Signature where " + CONTACTABLE + " order by createdAt, id", Signature.class)
                .setParameter("petition", petitionId)
                .setParameter("partner", partner)
                .setParameter("confirmed", Signature.Status.CONFIRMED)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        try (Stream<Signature> signatures = rows.getResultStream()) {
            PartnerSignerCsv.header(writer);
            signatures.forEach(s -> {
                write(writer, view(s));
                em.detach(s);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, PartnerSigner signer) {
        try {
            PartnerSignerCsv.row(writer, signer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartnerSigner view(Signature s) {
        return new PartnerSigner(cipher.decrypt(s.nameEncrypted), cipher.decrypt(s.emailEncrypted), s.country,
                cipher.decrypt(s.postalCodeEncrypted), s.locale, s.confirmedAt,
                new PartnerSigner.Source(s.utmSource, s.utmMedium, s.utmCampaign), s.consentUpdates);
    }

    private static Parameters parameters(UUID petitionId, String partner) {
        return Parameters.with("petition", petitionId).and("partner", partner)
                .and("confirmed", Signature.Status.CONFIRMED);
    }
}
