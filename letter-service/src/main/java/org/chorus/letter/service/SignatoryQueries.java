package org.chorus.letter.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.rest.dto.SignatorySummary;

/** Reads the signatory read model. Counts only: no name ever leaves through here. */
@ApplicationScoped
public class SignatoryQueries {

    private final EntityManager em;

    public SignatoryQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The read model knows a petition only once one of its signatures is confirmed, so an unknown slug and a
     * petition nobody has confirmed yet look the same: both are answered with zeros, never with a 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignatorySummary summary(String petitionSlug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT country, count(*), count(display_name) FROM signatory
                WHERE petition_slug = :slug GROUP BY country""")
                .setParameter("slug", petitionSlug)
                .getResultList();
        long total = 0;
        long named = 0;
        Map<String, Long> byCountry = new TreeMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byCountry.put(row[0].toString(), count);
            total += count;
            named += ((Number) row[2]).longValue();
        }
        return new SignatorySummary(petitionSlug, total, byCountry, named);
    }
}
