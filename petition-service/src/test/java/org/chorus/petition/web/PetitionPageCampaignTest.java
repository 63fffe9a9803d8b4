package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A signer who arrives on a shared link {@code /p/{slug}?utm_source=..} and signs through the page's form is stored
 * with the link's campaign, as a signer through the widget is: the page carries the utm_* in hidden fields.
 */
@QuarkusTest
class PetitionPageCampaignTest {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(utm_[a-z]+)\" value=\"([^\"]*)\">");

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void theCampaignOfASharedLinkIsStoredWithTheSignatureSignedThroughThePage() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String page = given().when()
                .get("/p/{slug}?utm_source=mastodon&utm_medium=social&utm_campaign=anniversary", p.slug)
                .then().statusCode(200).extract().asString();

        Map<String, Object> fields = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        SignForms.post(p.slug, fields).then().statusCode(200).body(containsString("Almost done: check your email"));

        var signature = petitions.signature(p.id);
        assertEquals("mastodon", signature.utmSource);
        assertEquals("social", signature.utmMedium);
        assertEquals("anniversary", signature.utmCampaign);
    }

    @Test
    void aFormShownAgainKeepsTheCampaign() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Map<String, Object> fields = SignForms.filled(guard, p.slug, "Ma Thida", "not-an-address");
        fields.put("utm_source", "newsletter");
        SignForms.post(p.slug, fields).then().statusCode(400)
                .body(containsString("<input type=\"hidden\" name=\"utm_source\" value=\"newsletter\">"));
    }

    /** Longer than the API's Source allows (100): dropped, not refused, since the signer cannot correct it. */
    @Test
    void aValueTooLongIsDroppedAndTheSignatureStillTaken() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String tooLong = "x".repeat(101);
        String page = given().when().get("/p/{slug}?utm_source={s}&utm_medium=email", p.slug, tooLong)
                .then().statusCode(200).extract().asString();
        assertFalse(page.contains(tooLong));

        Map<String, Object> fields = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
        fields.put("utm_source", tooLong);
        fields.put("utm_medium", "email");
        fields.put("utm_campaign", "y".repeat(100));
        SignForms.post(p.slug, fields).then().statusCode(200);

        var signature = petitions.signature(p.id);
        assertNull(signature.utmSource);
        assertEquals("email", signature.utmMedium);
        assertEquals("y".repeat(100), signature.utmCampaign);
    }
}
