package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.StaffDoorContract;
import org.chorus.testing.keycloak.StaffEndpoint;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** letter-service's front door (StaffDoorContract): its staff endpoints and who may call each. */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffEndpointsAccessTest extends StaffDoorContract {

    private static final List<String> CAMPAIGNER = List.of("campaigner");
    private static final List<String> APPROVER = List.of("approver");
    /** Who may read batches and letters: the people who write them and the people who approve them. */
    private static final List<String> STAFF = List.of("campaigner", "approver");
    /** Who may read the audit trail: every staff role. */
    private static final List<String> ANY_STAFF = List.of("campaigner", "approver", "admin");
    private static final String PREVIEW = "/api/letters/templates/{petitionSlug}/{locale}/preview";
    private static final String PDF = "application/pdf";
    private static final String HTML = "text/html";

    /** A signer's receipt, which needs no token. */
    @Override
    protected Set<String> otherEndpoints() {
        return Set.of("GET /api/letters/batches/{id}/receipts/{signatureId}");
    }

    @Override
    protected String valueOf(String placeholder) {
        return switch (placeholder) {
            case "petitionSlug", "slug" -> "myanmar-arms-embargo";
            case "locale" -> "fr";
            default -> super.valueOf(placeholder);
        };
    }

    @Override
    protected List<StaffEndpoint> staffEndpoints() {
        return List.of(
                StaffEndpoint.json("GET", "/api/letters/targets", "?group=unsc&on=2026-11-28", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/targets/{id}", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/targets", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/letters/targets/{id}", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/council-terms", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/council-terms", "", CAMPAIGNER),
                StaffEndpoint.json("DELETE", "/api/letters/council-terms/{id}", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/groups", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/letters/groups/{slug}", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/templates/{petitionSlug}/{locale}", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/letters/templates/{petitionSlug}/{locale}", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/templates/{petitionSlug}/{locale}/review", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/templates/{petitionSlug}", "", STAFF),
                StaffEndpoint.json("GET", PREVIEW, "?target=FR", CAMPAIGNER),
                new StaffEndpoint("GET", PREVIEW, "?target=FR", HTML, CAMPAIGNER),
                StaffEndpoint.json("POST", PREVIEW, "?target=FR", CAMPAIGNER),
                new StaffEndpoint("POST", PREVIEW, "?target=FR", HTML, CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/petitions/{slug}/signatories/summary", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/petitions/{slug}/signatories/names", "?targetGroup=unsc",
                        CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/batches", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/batches", "?status=AWAITING_APPROVAL", STAFF),
                StaffEndpoint.json("GET", "/api/letters/batches/{id}", "", STAFF),
                new StaffEndpoint("GET", "/api/letters/batches/{id}/letters/{letterId}", "", HTML, STAFF),
                new StaffEndpoint("GET", "/api/letters/batches/{id}/letters/{letterId}", "", PDF, STAFF),
                StaffEndpoint.json("POST", "/api/letters/batches/{id}/approve", "", APPROVER),
                StaffEndpoint.json("POST", "/api/letters/batches/{id}/dispatch", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/batches/{id}/recipients/refresh", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/letters/batches/{id}/letters/{letterId}/replies", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/letters/batches/{id}/letters/{letterId}/replies", "", STAFF),
                StaffEndpoint.json("GET", "/api/audit/letters", "?size=0", ANY_STAFF));
    }

    @Test
    void aSignersReceiptNeedsNoToken() {
        given().when().get("/api/letters/batches/{id}/receipts/{signatureId}", UUID.randomUUID(), UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
