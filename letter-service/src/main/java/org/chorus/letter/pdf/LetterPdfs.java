package org.chorus.letter.pdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The stored PDFs of letters (table letter_pdf), and the letters still waiting for theirs. */
@ApplicationScoped
public class LetterPdfs {

    /** A letter's PDF and the SHA-256 of its bytes (hex). */
    public record StoredPdf(byte[] bytes, String sha256) {
    }

    /** A letter to print. */
    record Unprinted(UUID letterId, String html) {
    }

    private final EntityManager em;

    public LetterPdfs(EntityManager em) {
        this.em = em;
    }

    /** Letters without a PDF, the oldest batch's first. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<Unprinted> unprinted(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.id, l.html FROM letter l
                JOIN delivery_batch b ON b.id = l.batch_id
                WHERE NOT EXISTS (SELECT 1 FROM letter_pdf p WHERE p.letter_id = l.id)
                ORDER BY b.created_at, l.id LIMIT :limit""")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Unprinted((UUID) r[0], (String) r[1])).toList();
    }

    /**
     * Stores a letter's PDF once; a second copy (another replica printed it too) changes nothing. A letter rewritten
     * while it was printed (a withdrawal, new recipients) keeps no PDF of its old text: the letter row is locked and
     * compared first, and the next round prints the new text.
     */
    @Transactional
    void store(UUID letterId, String html, byte[] pdf) {
        if (em.createNativeQuery("SELECT 1 FROM letter WHERE id = :letter AND html = :html FOR SHARE")
                .setParameter("letter", letterId)
                .setParameter("html", html)
                .getResultList().isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO letter_pdf (letter_id, pdf, sha256, created_at) VALUES (:letter, :pdf, :sha256, :now)
                ON CONFLICT (letter_id) DO NOTHING""")
                .setParameter("letter", letterId)
                .setParameter("pdf", pdf)
                .setParameter("sha256", sha256(pdf))
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    /** Forgets a letter's PDF once its text changed, so that it is printed again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discard(UUID letterId) {
        em.createNativeQuery("DELETE FROM letter_pdf WHERE letter_id = :letter")
                .setParameter("letter", letterId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredPdf> of(UUID letterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pdf, sha256 FROM letter_pdf WHERE letter_id = :letter")
                .setParameter("letter", letterId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new StoredPdf((byte[]) r[0], (String) r[1]));
    }

    /** The letters of a batch that have their PDF. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Set<UUID> printedIn(UUID batchId) {
        return new HashSet<>(em.createNativeQuery(
                "SELECT l.id FROM letter l JOIN letter_pdf p ON p.letter_id = l.id WHERE l.batch_id = :batch", UUID.class)
                .setParameter("batch", batchId)
                .getResultList());
    }

    /** How many of a batch's letters have no PDF yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unprintedIn(UUID batchId) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM letter l WHERE l.batch_id = :batch
                AND NOT EXISTS (SELECT 1 FROM letter_pdf p WHERE p.letter_id = l.id)""")
                .setParameter("batch", batchId)
                .getSingleResult()).longValue();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
