package org.chorus.petition.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.rest.dto.PetitionListItem;

import io.quarkus.panache.common.Sort;

/** The staff list of petitions with their signature counts, in two queries however many petitions there are. */
@ApplicationScoped
public class PetitionCatalog {

    private final EntityManager em;

    public PetitionCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PetitionListItem> all() {
        Map<UUID, long[]> counts = counts();
        return Petition.<Petition>listAll(Sort.descending("createdAt").and("slug")).stream().map(p -> {
            long[] c = counts.getOrDefault(p.id, new long[2]);
            return new PetitionListItem(p.slug, p.title, p.status.name(), p.goal,
                    new PetitionListItem.Counts(c[0], c[1]), p.closesAt, p.publishedAt, p.closedAt, p.updatedAt,
                    p.version);
        }).toList();
    }

    private Map<UUID, long[]> counts() {
        List<Object[]> rows = em.createQuery(
                "select s.petitionId, s.status, count(s) from Signature s group by s.petitionId, s.status",
                Object[].class).getResultList();
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            // withdrawn and invalidated signatures are in neither count: they no longer count
            Signature.Status status = (Signature.Status) row[1];
            if (status == Signature.Status.PENDING || status.counts()) {
                long[] c = counts.computeIfAbsent((UUID) row[0], id -> new long[2]);
                c[status == Signature.Status.PENDING ? 0 : 1] = ((Number) row[2]).longValue();
            }
        }
        return counts;
    }
}
