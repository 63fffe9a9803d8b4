package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PetitionPageContentTest {

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void showsTitleSummaryBodyAndEachDemandUnderItsId() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/p/{slug}", p.slug)
                .then().statusCode(200)
                .body(containsString("<title>Test petition – Chorus</title>"))
                .body(containsString("<p class=\"summary\">A petition for tests.</p>"))
                .body(containsString("<p>Why this petition matters.</p>"))
                .body(containsString("<li id=\"first\">First demand</li>"))
                .body(containsString("<li id=\"second\">Second demand</li>"));
    }

    @Test
    void showsTheCountAndTheGoalUntilItIsReached() {
        Petition p = petitions.create(Petition.Status.OPEN);
        petitions.setTotal(p.id, 7);
        given().when().get("/p/{slug}", p.slug)
                .then().body(containsString("7 people have signed."))
                .body(containsString("Our goal: 100 signatures."))
                .body(containsString("<progress max=\"100\" value=\"7\""));
    }

    @Test
    void oneSignerIsOnePerson() {
        Petition p = petitions.create(Petition.Status.OPEN);
        petitions.setTotal(p.id, 1);
        given().when().get("/p/{slug}", p.slug).then().body(containsString("1 person has signed."));
    }

    @Test
    void aReachedGoalShowsTheNextMilestoneInstead() {
        Petition p = petitions.create(Petition.Status.OPEN);
        petitions.setTotal(p.id, 130);
        given().when().get("/p/{slug}", p.slug)
                .then().body(containsString("130 people have signed."))
                .body(containsString("Next milestone: 200 signatures."))
                .body(not(containsString("Our goal")));
    }

    @Test
    void aClosedPetitionShowsNoForm() {
        Petition p = petitions.create(Petition.Status.CLOSED);
        given().when().get("/p/{slug}", p.slug)
                .then().statusCode(200)
                .body(containsString("This petition is not open for signing."))
                .body(not(containsString("<form")));
    }

    @Test
    void signingAClosedPetitionIs409AndStoresNothing() {
        Petition p = petitions.create(Petition.Status.CLOSED);
        SignForms.post(p.slug, SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail()))
                .then().statusCode(409).body(containsString("This petition is not open for signing."));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void anUnknownPetitionIsAPageInTheReadersLanguage() {
        given().header("Accept-Language", "my").when().get("/p/no-such-petition")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"my\""))
                .body(containsString("တောင်းဆိုလွှာ မတွေ့ပါ"));
        given().when().get("/api/petitions/no-such-petition")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePartnerConsentIsOfferedOnlyOnAPartnersLink() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/p/{slug}", p.slug)
                .then().body(not(containsString("The partner may contact me.")))
                .body(not(containsString("name=\"partner\"")));
        given().when().get("/p/{slug}?partner=demo-partner", p.slug)
                .then().body(containsString("<label for=\"sign-partner\">The partner may contact me.</label>"))
                .body(containsString("<input type=\"hidden\" name=\"partner\" value=\"demo-partner\">"));
        given().when().get("/p/{slug}?partner=\"><b>x", p.slug)
                .then().body(not(containsString("The partner may contact me.")));
    }
}
