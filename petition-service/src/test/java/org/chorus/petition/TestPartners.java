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
        Partner p = new Partner();
        p.slug = newSlug();
        p.name = "Partner " + p.slug;
        p.allowedOrigins = new String[] { "https://" + p.slug + ".example.org" };
        p.clientId = p.slug;
        p.createdAt = Instant.now();
        p.createdBy = "test";
        p.persist();
        return p.slug;
    }

    /** The client-credentials token of a partner's client, with its hardcoded claim partner. */
    public static String token(String partner) {
        return KeycloakTokens.forClient(partner, partner, "partner", "default-roles-chorus");
    }
}
