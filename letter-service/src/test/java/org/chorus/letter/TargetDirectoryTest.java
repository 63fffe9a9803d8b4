package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The target directory: every UN member state, Security Council membership by date, groups, and staff's edits. */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class TargetDirectoryTest {

    private static final String TARGETS = "/api/letters/targets";
    private static final List<String> PERMANENT = List.of("CN", "FR", "RU", "GB", "US");
    private static final List<String> ELECTED_2025_2026 = List.of("DK", "GR", "PK", "PA", "SO");
    private static final List<String> ELECTED_2026_2027 = List.of("BH", "CO", "CD", "LV", "LR");

    @Inject
    StoredRows rows;

    @BeforeEach
    void forgetWhatTestsAdded() {
        rows.forgetTargets("VA", "PS");
    }

    @Test
    void everyUnMemberStateIsATargetWithALetterLanguageAndContacts() {
        List<Map<String, Object>> all = given().when().get(TARGETS).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(193, all.size());
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        for (Map<String, Object> target : all) {
            assertTrue(iso.contains((String) target.get("code")), target.toString());
            assertTrue(Set.of("ar", "zh", "en", "fr", "ru", "es").contains(target.get("locale")), target.toString());
            assertEquals(2, ((List<?>) target.get("contacts")).size(), "demo contacts: " + target);
        }
        given().queryParam("group", "asean").when().get(TARGETS).then().statusCode(200)
                .body("code", hasItem("MM")).body("", hasSize(11));
        given().when().get(TARGETS).then().body("findAll { it.code == 'CN' }[0].locale", equalTo("zh"))
                .body("findAll { it.code == 'MM' }[0].contacts.email",
                        containsInAnyOrder("foreign-ministry@mm.example.org", "un-mission@mm.example.org"));
    }

    @Test
    void theSecurityCouncilIsComputedForTheDateAskedFor() {
        List<String> on20261128 = given().queryParam("group", "unsc").queryParam("on", "2026-11-28")
                .when().get(TARGETS).then().statusCode(200).extract().jsonPath().getList("code");
        assertEquals(15, on20261128.size());
        assertTrue(on20261128.containsAll(PERMANENT) && on20261128.containsAll(ELECTED_2025_2026)
                && on20261128.containsAll(ELECTED_2026_2027), on20261128.toString());

        given().queryParam("group", "unsc").queryParam("on", "2027-01-01").when().get(TARGETS)
                .then().statusCode(200).body("", hasSize(10))
                .body("code", everyItem(not(org.hamcrest.Matchers.in(ELECTED_2025_2026))));
        given().queryParam("group", "unsc").queryParam("on", "2024-06-01").when().get(TARGETS)
                .then().statusCode(200).body("code", containsInAnyOrder(PERMANENT.toArray()));
    }

    @Test
    void staffKeepTheTermsUpToDateAndTheCouncilFollows() {
        String term = given().contentType(ContentType.JSON)
                .body(Map.of("code", "IN", "startsOn", "2027-01-01", "endsOn", "2028-12-31"))
                .when().post("/api/letters/council-terms").then().statusCode(201).extract().path("id");
        try {
            given().queryParam("group", "unsc").queryParam("on", "2027-01-01").when().get(TARGETS)
                    .then().body("code", hasItem("IN")).body("", hasSize(11));
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "IN", "startsOn", "2028-01-01", "endsOn", "2029-12-31"))
                    .when().post("/api/letters/council-terms").then().statusCode(409);
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "IN", "startsOn", "2031-01-01", "endsOn", "2030-12-31"))
                    .when().post("/api/letters/council-terms").then().statusCode(400)
                    .body("errors[0].field", equalTo("endsOn"));
        } finally {
            given().when().delete("/api/letters/council-terms/{id}", term).then().statusCode(204);
        }
        given().queryParam("group", "unsc").queryParam("on", "2027-01-01").when().get(TARGETS)
                .then().body("code", not(hasItem("IN")));
    }

    @Test
    void staffAddAndEditATargetWithItsContacts() {
        Map<String, Object> holySee = Map.of("code", "VA", "name", "Holy See", "locale", "fr", "contacts", List.of(
                Map.of("role", "UN_MISSION", "name", "Permanent Observer of the Holy See", "salutation", "Excellency",
                        "email", "observer@va.example.org")));
        String id = given().contentType(ContentType.JSON).body(holySee).when().post(TARGETS)
                .then().statusCode(201).body("code", equalTo("VA")).body("contacts[0].role", equalTo("UN_MISSION"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(holySee).when().post(TARGETS).then().statusCode(409)
                .contentType(containsString("application/problem+json"));

        Map<String, Object> edited = Map.of("code", "VA", "name", "Holy See", "locale", "en", "contacts", List.of());
        given().contentType(ContentType.JSON).body(edited).when().put(TARGETS + "/{id}", id)
                .then().statusCode(200).body("locale", equalTo("en")).body("contacts", hasSize(0));
        given().when().get(TARGETS + "/{id}", id).then().statusCode(200).body("name", equalTo("Holy See"));

        given().contentType(ContentType.JSON).body(Map.of("name", "Holy See", "members", List.of("VA", "MM")))
                .when().put("/api/letters/groups/{slug}", "observers-and-friends").then().statusCode(200)
                .body("members", containsInAnyOrder("MM", "VA"));
        given().queryParam("group", "observers-and-friends").when().get(TARGETS).then().statusCode(200)
                .body("code", containsInAnyOrder("MM", "VA"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ", "name", "Nowhere", "locale", "en", "contacts", List.of()))
                .when().post(TARGETS).then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "ps", "name", "", "locale", "English", "contacts", List.of(Map.of("role", "UN_MISSION",
                        "name", "x", "salutation", "x", "email", "not-an-address"))))
                .when().post(TARGETS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "contacts[0].email", "locale", "name"));
        given().contentType(ContentType.JSON).body("{\"code\": [")
                .when().post(TARGETS).then().statusCode(400);
        given().queryParam("group", "no-such-group").when().get(TARGETS).then().statusCode(404)
                .body("detail", equalTo("There is no target group 'no-such-group'."));
        given().queryParam("group", "unsc").queryParam("on", "28/11/2026").when().get(TARGETS).then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        given().when().get(TARGETS + "/{id}", "not-a-uuid").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("name", "Council", "members", List.of()))
                .when().put("/api/letters/groups/unsc").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "members", List.of("ZZ")))
                .when().put("/api/letters/groups/{slug}", "bad-members").then().statusCode(400)
                .body("errors[0].field", equalTo("members"));
        given().when().get(TARGETS).then().body("", hasSize(193));
    }
}

