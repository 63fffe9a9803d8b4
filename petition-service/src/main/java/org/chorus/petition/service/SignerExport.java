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
import org.chorus.petition.rest.dto.SignerPage;
import org.chorus.petition.rest.dto.SignerView;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/**
 * The signers of a petition, decrypted for campaign staff: a page of JSON, or every signer as CSV. Nothing of them
 * is logged. Oldest first, so that pages stay put while new signatures arrive.
 */
@ApplicationScoped
public class SignerExport {

    public static final int PAGE_SIZE = 100;
    private static final int FETCH_SIZE = 500;

    private final SignerDataCipher cipher;
    private final EntityManager em;

    public SignerExport(SignerDataCipher cipher, EntityManager em) {
        this.cipher = cipher;
        this.em = em;
    }

    /** @param status PENDING, CONFIRMED, or null for both */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignerPage page(String slug, String status, int page) {
        Petition p = petition(slug);
        String query = status == null ? "petitionId = :petition" : "petitionId = :petition and status = :status";
        Parameters params = parameters(p.id, status);
        List<SignerView> signers = Signature.<Signature>find(query + " order by createdAt, id", params)
                .page(Page.of(page, PAGE_SIZE)).list().stream().map(this::view).toList();
        return new SignerPage(p.slug, status, page, PAGE_SIZE, Signature.count(query, params), signers);
    }

    /**
     * Checks the petition now, so that an unknown one is a 404 and not an empty file; the rows are read while they
     * are written, in one read-only transaction, so that memory does not grow with the number of signers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StreamingOutput csv(String slug, String status) {
        UUID petitionId = petition(slug).id;
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            QuarkusTransaction.requiringNew().run(() -> writeRows(petitionId, status, writer));
            writer.flush();
        };
    }

    private void writeRows(UUID petitionId, String status, Writer writer) {
        String query = "from Signature where petitionId = :petition"
                + (status == null ? "" : " and status = :status") + " order by createdAt, id";
        var rows = em.createQuery(query, Signature.class)
                .setParameter("petition", petitionId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (status != null) {
            rows.setParameter("status", Signature.Status.valueOf(status));
        }
        try (Stream<Signature> signatures = rows.getResultStream()) {
            SignerCsv.header(writer);
            signatures.forEach(s -> {
                write(writer, view(s));
                em.detach(s);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, SignerView signer) {
        try {
            SignerCsv.row(writer, signer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SignerView view(Signature s) {
        return new SignerView(s.id, cipher.decrypt(s.nameEncrypted), cipher.decrypt(s.emailEncrypted), s.country,
                cipher.decrypt(s.postalCodeEncrypted), s.locale, s.partner, s.status.name(),
                new SignerView.Consents(s.consentProcessing, s.consentUpdates, s.consentPartner,
                        s.consentNameInLetters, s.consentNameToOwnGovernment, s.consentVersion, s.consentedAt),
                s.createdAt, s.confirmedAt);
    }

    private static Petition petition(String slug) {
        return Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    private static Parameters parameters(UUID petitionId, String status) {
        Parameters params = Parameters.with("petition", petitionId);
        return status == null ? params : params.and("status", Signature.Status.valueOf(status));
    }
}
