package org.chorus.letter.batch;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.rest.dto.BatchPage;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Reads batches and their letters for staff. */
@ApplicationScoped
public class BatchQueries {

    private final EntityManager em;
    private final LetterPdfs pdfs;
    private final FrozenRecipients recipients;

    public BatchQueries(EntityManager em, LetterPdfs pdfs, FrozenRecipients recipients) {
        this.em = em;
        this.pdfs = pdfs;
        this.recipients = recipients;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() { };

    @Transactional
    public BatchView get(UUID id) {
        return view(batch(id));
    }

    /** Batches newest first, of one status and one petition where given: an approver finds what waits for them. */
    @Transactional
    public BatchPage list(String status, String petitionSlug, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", DeliveryBatch.Status.valueOf(status));
        }
        if (petitionSlug != null) {
            where.append(" and petitionSlug = :slug");
            params.and("slug", petitionSlug);
        }
        PanacheQuery<DeliveryBatch> query = DeliveryBatch.find(where + " order by createdAt desc, id", params);
        List<DeliveryBatch> batches = query.page(Page.of(page, size)).list();
        Map<UUID, Long> letters = letterCounts(batches.stream().map(b -> b.id).toList());
        return new BatchPage(page, size, query.count(), batches.stream().map(b -> new BatchPage.Item(b.id,
                b.status.name(), b.petitionSlug, b.targetGroup, b.total, letters.getOrDefault(b.id, 0L), b.createdBy,
                b.createdAt, b.changedBy, b.changedAt, b.approvedBy, b.approvedAt, b.dispatchedBy, b.dispatchedAt))
                .toList());
    }

    private Map<UUID, Long> letterCounts(List<UUID> batchIds) {
        if (batchIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.batchId, count(l) from Letter l where l.batchId in :ids group by l.batchId",
                Object[].class).setParameter("ids", batchIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** A letter of a batch; a letter of another batch is as unknown as a letter that does not exist. */
    @Transactional
    public Letter letter(UUID batchId, UUID letterId) {
        return Letter.<Letter> find("id = ?1 and batchId = ?2", letterId, batchId).firstResultOptional()
                .orElseThrow(() -> new UnknownEntryException("This batch has no letter with this id."));
    }

    /** The file name a letter's PDF goes by: target and letter, nothing about anyone who signed. */
    public static String pdfName(Letter letter) {
        return "letter-" + letter.countryCode + "-" + letter.id + ".pdf";
    }

    static DeliveryBatch batch(UUID id) {
        return DeliveryBatch.<DeliveryBatch> findByIdOptional(id)
                .orElseThrow(() -> new UnknownEntryException("There is no batch with this id."));
    }

    BatchView view(DeliveryBatch b) {
        Set<UUID> printed = pdfs.printedIn(b.id);
        List<Letter> all = Letter.<Letter> list("batchId = ?1 order by targetName", b.id);
        Map<UUID, List<FrozenRecipients.Recipient>> kept = recipients.of(all.stream().map(l -> l.id).toList());
        Map<UUID, List<FrozenRecipients.Recipient>> now = recipients.inDirectory(all.stream().map(l -> l.targetId).toList());
        List<BatchView.LetterItem> letters = all.stream().map(l -> {
            List<FrozenRecipients.Recipient> own = kept.getOrDefault(l.id, List.of());
            return new BatchView.LetterItem(l.id, l.countryCode, l.targetName, l.locale, l.status.name(),
                    printed.contains(l.id), own.stream()
                            .map(r -> new BatchView.Recipient(r.role().name(), r.name(), r.email())).toList(),
                    !own.equals(now.getOrDefault(l.targetId, List.of())));
        }).toList();
        return new BatchView(b.id, b.status.name(), b.petitionSlug, b.cutoff, b.targetGroup,
                new BatchView.Snapshot(b.total, counts(b.byCountry)),
                new BatchView.ManifestView(b.total, b.merkleRoot, b.idsSha256), letters, b.createdBy, b.createdAt,
                b.changedBy, b.changedAt, b.changeReason == null ? null : b.changeReason.name(),
                b.approvedBy, b.approvedAt, b.dispatchedBy, b.dispatchedAt,
                lateWithdrawals(b.id));
    }

    private long lateWithdrawals(UUID batchId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM batch_late_withdrawal WHERE batch_id = :batch")
                .setParameter("batch", batchId)
                .getSingleResult()).longValue();
    }

    static String json(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts cannot be written", e);
        }
    }

    private static Map<String, Long> counts(String json) {
        try {
            return JSON.readValue(json, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored counts cannot be read", e);
        }
    }
}
