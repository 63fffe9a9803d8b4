package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignFormGuardTest {

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        var form = SignForms.filled(guard, p.slug, "Bot", Signer.newEmail());
        form.put("website", "http://spam.example");
        SignForms.post(p.slug, form).then().statusCode(200).body(containsString("Almost done: check your email"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aFormSentFasterThanAPersonCanFillItIsShownAgainAndNothingStored() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String page = given().when().get("/p/{slug}", p.slug).then().extract().asString();
        var form = SignForms.filled(guard, p.slug, "Ma Thida", "thida@example.org");
        form.put("started", SignForms.started(page));
        SignForms.post(p.slug, form).then().statusCode(400)
                .body(containsString("Please check your details and send the form again."))
                .body(containsString("value=\"Ma Thida\""))
                .body(containsString("value=\"thida@example.org\""))
                .body(containsString("<option value=\"MM\" selected>"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aMissingForgedOrForeignStartTimeIsShownAgainAndNothingStored() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Petition other = petitions.create(Petition.Status.OPEN);
        String genuine = guard.stamp(p.slug, Instant.now().minusSeconds(60));
        int dot = genuine.indexOf('.');
        String backdated = (Long.parseLong(genuine.substring(0, dot)) - 1000) + genuine.substring(dot);
        String foreign = guard.stamp(other.slug, Instant.now().minusSeconds(60));
        String stale = guard.stamp(p.slug, Instant.now().minusSeconds(3 * 24 * 3600));
        for (String started : new String[] { "", "1700000000000", backdated, foreign, stale }) {
            var form = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
            form.put("started", started);
            SignForms.post(p.slug, form).then().statusCode(400)
                    .body(containsString("Please check your details and send the form again."));
        }
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aFormFilledAtAPersonsPaceIsStoredWithItsLanguageAndPartner() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        var form = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
        form.put("locale", "my");
        form.put("partner", "demo-partner");
        form.put("partnerConsent", "true");
        form.put("postalCode", " 11181 ");
        SignForms.post(p.slug, form).then().statusCode(200)
                .body(containsString("<html lang=\"my\""))
                .body(containsString("နီးပါးပြီးပါပြီ"));
        var signature = petitions.signature(p.id);
        assertEquals("my", signature.locale);
        assertEquals("demo-partner", signature.partner);
        assertEquals(true, signature.consentPartner);
        assertEquals("MM", signature.country);
    }
}
