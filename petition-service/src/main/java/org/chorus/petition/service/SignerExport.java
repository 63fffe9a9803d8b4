package org.chorus.petition.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.jpa.HibernateHints;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
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
 * is logged. Oldest first, so that pages stay put while new signatures arrive. Each export (a JSON page, a CSV file)
 * is recorded in the audit trail, with the filter and how many signers it gave, never who they are.
 */
@ApplicationScoped
public class SignerExport {

    public static final int PAGE_SIZE = 100;
    private static final int FETCH_SIZE = 500;

    private final SignerDataCipher cipher;
    private final EntityManager em;
    private final AuditTrail audit;
    private final StaffActor staff;

    public SignerExport(SignerDataCipher cipher, EntityManager em, AuditTrail audit, StaffActor staff) {
        this.cipher = cipher;
        this.em = em;
        this.audit = audit;
        this.staff = staff;
    }

    /** @param status PENDING, CONFIRMED, or null for both */
    @Transactional
    public SignerPage page(String slug, String status, int page) {
        Petition p = petition(slug);
        String query = status == null ? "petitionId = :petition" : "petitionId = :petition and status = :status";
        Parameters params = parameters(p.id, status);
        List<SignerView> signers = Signature.<Signature>find(query + " order by createdAt, id", params)
                .page(Page.of(page, PAGE_SIZE)).list().stream().map(this::view).toList();
        audited(p, "json", status, Map.of("page", page, "signers", signers.size()));
        return new SignerPage(p.slug, status, page, PAGE_SIZE, Signature.count(query, params), signers);
    }

    /**
     * Checks the petition now, so that an unknown one is a 404 and not an empty file; the rows are read while they
     * are written, in one read-only transaction, so that memory does not grow with the number of signers. The audit
     * entry records the export when it is asked for, before a row is sent.
     */
    @Transactional
    public StreamingOutput csv(String slug, String status) {
        Petition petition = petition(slug);
        UUID petitionId = petition.id;
        audited(petition, "csv", status, Map.of());
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

    private void audited(Petition p, String format, String status, Map<String, Object> details) {
        Map<String, Object> all = new HashMap<>(details);
        all.put("petitionId", p.id);
        all.put("format", format);
        all.put("status", status == null ? "ALL" : status);
        audit.record(staff.name(), "signatures.export", p.slug, all);
    }

    private static Petition petition(String slug) {
        return Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    private static Parameters parameters(UUID petitionId, String status) {
        Parameters params = Parameters.with("petition", petitionId);
        return status == null ? params : params.and("status", Signature.Status.valueOf(status));
    }
}
