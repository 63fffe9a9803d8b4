package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Two partners, A and B, bring signers to the same petition: some confirmed, some pending, some withdrawn, some
 * agreeing to be contacted by the partner and some not. Each partner sees its own confirmed count and only its own
 * confirmed signers who agreed, however it asks.
 */
@QuarkusTest
class PartnerApiTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestSigners signers;

    private Petition petition;
    private String a;
    private String b;
    private final List<String> secretsOfB = new ArrayList<>();
    private final List<String> notForA = new ArrayList<>();

    @BeforeEach
    void twoPartnersBringSigners() throws Exception {
        petition = petitions.create(Petition.Status.OPEN);
        a = partners.register();
        b = partners.register();
        Instant t = Instant.now().minusSeconds(3600);
        List<String> events = new ArrayList<>();
        events.add(sign(a, true, "Aye Aye", "aye@a.example.org", "MM", Signature.Status.CONFIRMED, t));
        events.add(sign(a, false, "Private A", "private@a.example.org", "TH", Signature.Status.CONFIRMED, t.plusSeconds(1)));
        sign(a, true, "Pending A", "pending@a.example.org", "MM", Signature.Status.PENDING, t.plusSeconds(2));
        events.add(sign(a, true, "=HYPERLINK(\"http://x\")", "formula@a.example.org", "TH", Signature.Status.CONFIRMED,
                t.plusSeconds(3)));
        sign(a, true, "Withdrawn A", "withdrawn@a.example.org", "TH", Signature.Status.WITHDRAWN, t.plusSeconds(4));
        events.add(sign(b, true, "Bo Bo", "bobo@b.example.org", "MM", Signature.Status.CONFIRMED, t.plusSeconds(5)));
        events.add(sign(b, false, "Private B", "private@b.example.org", "MM", Signature.Status.CONFIRMED, t.plusSeconds(6)));
        sign(b, true, "Pending B", "pending@b.example.org", "MM", Signature.Status.PENDING, t.plusSeconds(7));
        events.add(sign(null, true, "Nobody's", "direct@example.org", "MM", Signature.Status.CONFIRMED, t.plusSeconds(8)));
        notForA.addAll(List.of("Private A", "private@a.example.org", "Pending A", "Withdrawn A", "Nobody's",
                "direct@example.org"));
        secretsOfB.addAll(List.of("Bo Bo", "bobo@b.example.org", "Private B", "Pending B", "b.example.org", b));
        TestEvents.send(petition, events.toArray(String[]::new));
        Tallies.awaitTotal(petition, 6);
    }

    @Test
    void aPartnersTallyCountsItsConfirmedSignaturesOnly() {
        partner(a).queryParam("petition", petition.slug).when().get("/api/partner/tally")
                .then().statusCode(200)
                .body("petition", equalTo(petition.slug))
                .body("partner", equalTo(a))
                .body("total", equalTo(3))
                .body("byCountry.MM", equalTo(1))
                .body("byCountry.TH", equalTo(2))
                .body("updatedAt", notNullValue());
        partner(b).queryParam("petition", petition.slug).when().get("/api/partner/tally")
                .then().statusCode(200).body("partner", equalTo(b)).body("total", equalTo(2));
    }

    @Test
    void aWithdrawalLeavesThePartnersTally() throws Exception {
        Signature confirmed = signers.insertThrough(petition.id, a, true, "Later", "later@a.example.org", "MM",
                Signature.Status.CONFIRMED, Instant.now());
        TestEvents.send(petition, TestEvents.confirmed(UUID.randomUUID(), petition, confirmed.id, "MM", a));
        awaitTallyOfA(4);
        TestEvents.send(petition, TestEvents.withdrawn(UUID.randomUUID(), petition, confirmed.id));
        awaitTallyOfA(3);
    }

    @Test
    void aPartnersSignersAreItsConfirmedSignersWhoAgreedToBeContacted() {
        String json = partner(a).queryParam("petition", petition.slug).when().get("/api/partner/signatures")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("petition", equalTo(petition.slug))
                .body("partner", equalTo(a))
                .body("total", equalTo(2))
                .body("signers.name", contains("Aye Aye", "=HYPERLINK(\"http://x\")"))
                .body("signers[0].email", equalTo("aye@a.example.org"))
                .body("signers[0].country", equalTo("MM"))
                .body("signers[0].postalCode", equalTo("11181"))
                .body("signers[0].locale", equalTo("my"))
                .body("signers[0].confirmedAt", notNullValue())
                .body("signers[0].source.utm_source", equalTo("newsletter"))
                .body("signers[0].source.utm_campaign", equalTo("embargo-" + a))
                .body("signers[0].consentUpdates", equalTo(true))
                .extract().asString();
        assertNothingOf(json, notForA);
        assertNothingOf(json, secretsOfB);
    }

    @Test
    void theCsvHoldsTheSameSignersAndNoFormula() {
        String csv = partner(a).accept("text/csv").queryParam("petition", petition.slug)
                .when().get("/api/partner/signatures")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cache-Control", "no-store")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("name,email,country,postalCode,locale,confirmedAt,utmSource,utmMedium,utmCampaign,consentUpdates",
                lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("Aye Aye,aye@a.example.org,MM,11181,my,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",newsletter,email,embargo-" + a + ",true"), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",formula@a.example.org,"), lines.get(2));
        assertNothingOf(csv, notForA);
        assertNothingOf(csv, secretsOfB);
    }

    /** Nothing a partner adds to its request widens what it reads: only its token says who it is. */
    @Test
    void askingWithTheOtherPartnersSlugGetsNothingOfIt() {
        for (String param : List.of("partner", "partnerSlug", "slug", "client_id")) {
            String tally = partner(a).queryParam("petition", petition.slug).queryParam(param, b)
                    .when().get("/api/partner/tally").then().statusCode(200).body("total", equalTo(3))
                    .extract().asString();
            assertFalse(tally.contains(b), tally);
            String json = partner(a).queryParam("petition", petition.slug).queryParam(param, b)
                    .when().get("/api/partner/signatures").then().statusCode(200).extract().asString();
            assertNothingOf(json, secretsOfB);
            String csv = partner(a).accept("text/csv").queryParam("petition", petition.slug).queryParam(param, b)
                    .when().get("/api/partner/signatures").then().statusCode(200).extract().asString();
            assertNothingOf(csv, secretsOfB);
        }
    }

    @Test
    void pagesFollowTheSignersInTheOrderTheySigned() {
        partner(a).queryParam("petition", petition.slug).queryParam("page", 1).queryParam("size", 1)
                .when().get("/api/partner/signatures")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("pageSize", equalTo(1)).body("total", equalTo(2))
                .body("signers.email", contains("formula@a.example.org"));
    }

    @Test
    void aPartnerSeesNoSignerOfAnotherPetition() {
        Petition other = petitions.create(Petition.Status.OPEN);
        partner(a).queryParam("petition", other.slug).when().get("/api/partner/signatures")
                .then().statusCode(200).body("total", equalTo(0));
        partner(a).queryParam("petition", other.slug).when().get("/api/partner/tally")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theTallyAndTheSignersNeedAKnownPublishedPetition() {
        Petition draft = petitions.create(Petition.Status.DRAFT);
        for (String slug : List.of("no-such-petition", draft.slug)) {
            for (String accept : List.of("application/json", "text/csv")) {
                partner(a).accept(accept).queryParam("petition", slug).when().get("/api/partner/signatures")
                        .then().statusCode(404).contentType("application/problem+json")
                        .body("type", equalTo("/problems/petition-not-found"));
            }
            partner(a).queryParam("petition", slug).when().get("/api/partner/tally")
                    .then().statusCode(404).body("type", equalTo("/problems/petition-not-found"));
        }
    }

    @Test
    void badQueryParametersAre400NamingThem() {
        for (String path : List.of("/api/partner/tally", "/api/partner/signatures")) {
            partner(a).when().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation")).body("errors.field", hasItem("petition"));
            partner(a).queryParam("petition", "Not A Slug").when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("petition"));
        }
        partner(a).accept("text/csv").when().get("/api/partner/signatures").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("petition"));
        for (String size : List.of("0", "1001", "x")) {
            partner(a).queryParam("petition", petition.slug).queryParam("size", size)
                    .when().get("/api/partner/signatures").then().statusCode(400).body("errors.field", hasItem("size"));
        }
        partner(a).queryParam("petition", petition.slug).queryParam("page", "-1")
                .when().get("/api/partner/signatures").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    private void awaitTallyOfA(int total) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> partner(a).queryParam("petition", petition.slug)
                .when().get("/api/partner/tally").then().body("total", equalTo(total)));
    }

    /** Stores the signature; for a confirmed one, answers the event that counts it, as confirming would send. */
    private String sign(String partner, boolean consent, String name, String email, String country,
            Signature.Status status, Instant at) {
        Signature s = signers.insertThrough(petition.id, partner, consent, name, email, country, status, at);
        return TestEvents.confirmed(UUID.randomUUID(), petition, s.id, country, partner);
    }

    private static RequestSpecification partner(String slug) {
        return given().auth().oauth2(TestPartners.token(slug));
    }

    private static void assertNothingOf(String answer, List<String> words) {
        for (String word : words) {
            assertFalse(answer.contains(word), "'" + word + "' in " + answer);
        }
    }
}
