package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The batch list: an approver finds at once what waits for them ({@code ?status=AWAITING_APPROVAL}), newest first,
 * page by page. Each test has a petition of its own, so other tests' batches do not show in its lists.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class BatchListTest {

    private static final String BATCHES = "/api/letters/batches";

    @Inject
    Petitions petitions;

    private String slug;
    private String older;
    private String newer;

    @BeforeEach
    void twoBatchesOfAPetitionOfItsOwn() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
        given().auth().oauth2(campaigner()).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total}</p>"))
                .when().put("/api/letters/templates/{slug}/en", slug).then().statusCode(200);
        older = create();
        newer = create();
    }

    @Test
    void anApproverFindsTheBatchesThatWaitForThemAndNoneApproved() {
        given().auth().oauth2(approver()).when().post(BATCHES + "/{id}/approve", older).then().statusCode(200);

        list("?status=AWAITING_APPROVAL&petition=" + slug, approver())
                .body("total", equalTo(1))
                .body("items.id", contains(newer))
                .body("items[0].status", equalTo("AWAITING_APPROVAL"))
                .body("items[0].petition", equalTo(slug))
                .body("items[0].letters", equalTo(1))
                .body("items[0].createdBy", equalTo("cara"));
        list("?status=APPROVED&petition=" + slug, campaigner())
                .body("items.id", contains(older))
                .body("items[0].approvedBy", equalTo("abel"));
    }

    @Test
    void batchesAreListedNewestFirstPageByPage() {
        list("?petition=" + slug, campaigner()).body("total", equalTo(2)).body("items.id", contains(newer, older));
        list("?petition=" + slug + "&size=1&page=1", campaigner())
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(2))
                .body("items.id", contains(older));
        list("?petition=" + slug + "&size=1&page=2", campaigner()).body("items", equalTo(List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "status=SENT,status", "status=awaiting_approval,status", "page=-1,page", "page=x,page",
            "size=0,size", "size=101,size", "petition=Not%20A%20Slug,petition" })
    void aBadListParameterIsA400NamingIt(String query, String field) {
        given().auth().oauth2(campaigner()).urlEncodingEnabled(false).when().get(BATCHES + "?" + query).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(endsWith(field)));
    }

    private String create() {
        return given().auth().oauth2(campaigner()).contentType(ContentType.JSON)
                .body(Map.of("petition", slug, "targets", List.of("FR")))
                .when().post(BATCHES).then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse list(String query, String token) {
        return given().auth().oauth2(token).urlEncodingEnabled(false).when().get(BATCHES + query).then()
                .statusCode(200).contentType(ContentType.JSON);
    }

    private static String campaigner() {
        return KeycloakTokens.forUserWithRealmRoles("cara", "campaigner");
    }

    private static String approver() {
        return KeycloakTokens.forUserWithRealmRoles("abel", "approver");
    }
}
