package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.notification.crypto.AddressHasher;
import org.chorus.notification.crypto.UnsubscribeTokens;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.StaffDoorContract;
import org.chorus.testing.keycloak.StaffEndpoint;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * notification-service's front door (StaffDoorContract): its staff endpoints and who may call each. Queries are
 * invalid too, so that an endpoint that let a request through would answer 400.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffEndpointsAccessTest extends StaffDoorContract {

    private static final String CAMPAIGNER = "campaigner";
    private static final String ADMIN = "admin";
    private static final String APPROVER = "approver";

    @Inject
    AddressHasher hasher;

    @Inject
    UnsubscribeTokens unsubscribeTokens;

    /** The link in every update email. */
    @Override
    protected Set<String> otherEndpoints() {
        return Set.of("GET /unsubscribe", "POST /unsubscribe");
    }

    @Override
    protected List<StaffEndpoint> staffEndpoints() {
        return List.of(
                StaffEndpoint.json("GET", "/api/notifications/emails", "?status=LOST&size=100000",
                        List.of(CAMPAIGNER, ADMIN)),
                StaffEndpoint.json("POST", "/api/notifications/emails/{id}/resend", "", List.of(CAMPAIGNER, ADMIN)),
                StaffEndpoint.json("POST", "/api/notifications/bounces", "", List.of(ADMIN)),
                StaffEndpoint.json("GET", "/api/notifications/stats", "?petitionId=not-a-uuid",
                        List.of(CAMPAIGNER, APPROVER, ADMIN)),
                StaffEndpoint.json("GET", "/api/notifications/suppression-list", "",
                        List.of(CAMPAIGNER, APPROVER, ADMIN)),
                StaffEndpoint.json("GET", "/api/audit/notifications", "?size=0", List.of(CAMPAIGNER, APPROVER, ADMIN)));
    }

    @Test
    void theUnsubscribePageNeedsNoToken() {
        String token = unsubscribeTokens.tokenFor(hasher.hash("nobody-" + UUID.randomUUID() + "@example.org"));
        given().queryParam("token", token).when().get("/unsubscribe")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }
}
