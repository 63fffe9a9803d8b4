package org.chorus.petition;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.testing.keycloak.KeycloakTokens;

/** Partners registered straight in the database (their clients as if made in Keycloak), and their tokens. */
@ApplicationScoped
public class TestPartners {

    public static String newSlug() {
        return "partner-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A partner whose Keycloak client id is its slug, as registering one makes it. */
    @Transactional
    public String register() {
        String slug = newSlug();
        return register(slug, "https://" + slug + ".example.org");
    }

    /** The same, embedding from these origins. */
    @Transactional
    public String register(String slug, String... origins) {
        Partner p = new Partner();
        p.slug = slug;
        p.name = "Partner " + p.slug;
        p.allowedOrigins = origins;
        p.clientId = p.slug;
        p.createdAt = Instant.now();
        p.createdBy = "test";
        p.persist();
        return p.slug;
    }

    @Transactional
    public Partner find(String slug) {
        return Partner.findBySlug(slug).orElseThrow();
    }

    @Transactional
    public long count(String slug) {
        return Partner.count("slug", slug);
    }

    /** Every stored column of the partner, as text, to look for what must not be there. */
    @Transactional
    public String storedText(String slug) {
        return (String) Partner.getEntityManager().createNativeQuery("SELECT CAST(p AS text) FROM partner p WHERE slug = :s")
                .setParameter("s", slug).getSingleResult();
    }

    /**
     * From now on, storing the partner of this slug fails as when the database is shut down under the insert
     * (SQLSTATE 57P01, admin_shutdown).
     */
    @Transactional
    public void failInsertsOf(String slug) {
        var em = Partner.getEntityManager();
        em.createNativeQuery("""
                CREATE OR REPLACE FUNCTION test_refuse_partner() RETURNS trigger AS $$
                BEGIN
                    IF NEW.slug = '%s' THEN
                        RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(slug)).executeUpdate();
        em.createNativeQuery("DROP TRIGGER IF EXISTS test_refuse_partner ON partner").executeUpdate();
        em.createNativeQuery("CREATE TRIGGER test_refuse_partner BEFORE INSERT ON partner"
                + " FOR EACH ROW EXECUTE FUNCTION test_refuse_partner()").executeUpdate();
    }

    @Transactional
    public void stopFailingInserts() {
        Partner.getEntityManager().createNativeQuery("DROP TRIGGER IF EXISTS test_refuse_partner ON partner")
                .executeUpdate();
    }

    /** The client-credentials token of a partner's client, with its hardcoded claim partner. */
    public static String token(String partner) {
        return KeycloakTokens.forClient(partner, partner, "partner", "default-roles-chorus");
    }
}
