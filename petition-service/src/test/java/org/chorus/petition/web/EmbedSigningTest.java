package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPartners;
import org.chorus.petition.TestPetitions;
import org.chorus.petition.service.PartnerOrigins;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** POST /embed/{slug}: the embedded form as a browser with JavaScript off sends it. */
@QuarkusTest
class EmbedSigningTest {

    private static final String PARTNER_PAGE = "https://news.example.org";

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    PartnerOrigins origins;

    @Inject
    FormGuard guard;

    @Test
    void aKnownPartnersSignatureIsCountedForItWithItsCampaign() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered();
        String form = given().when().get("/embed/{slug}?partner={partner}&utm_source=newsletter&utm_medium=email"
                + "&utm_campaign=spring&origin={origin}", p.slug, partner, PARTNER_PAGE).then().statusCode(200)
                .extract().asString();
        for (String hidden : new String[] { "name=\"utm_source\" value=\"newsletter\"",
                "name=\"utm_medium\" value=\"email\"", "name=\"utm_campaign\" value=\"spring\"" }) {
            assertTrue(form.contains("<input type=\"hidden\" " + hidden + ">"), hidden);
        }
        var fields = filled(p, partner);
        fields.put("partnerConsent", "true");
        fields.put("utm_source", "newsletter");
        fields.put("utm_medium", "email");
        fields.put("utm_campaign", "spring");
        SignForms.postEmbedded(p.slug, fields).then().statusCode(200)
                .body(containsString("Almost done: check your email"));
        var signature = petitions.signature(p.id);
        assertEquals(partner, signature.partner);
        assertTrue(signature.consentPartner);
        assertEquals("newsletter", signature.utmSource);
        assertEquals("email", signature.utmMedium);
        assertEquals("spring", signature.utmCampaign);
    }

    @Test
    void aPageLinkedWithSourceOnlyHasThatAsItsSource() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/embed/{slug}?source=facebook", p.slug).then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"utm_source\" value=\"facebook\">"));
    }

    @Test
    void campaignValuesThatWouldNotFitAreDroppedAndTheSignatureTaken() {
        Petition p = petitions.create(Petition.Status.OPEN);
        var fields = filled(p, null);
        fields.put("utm_source", "x".repeat(101));
        fields.put("utm_campaign", "spring");
        SignForms.postEmbedded(p.slug, fields).then().statusCode(200);
        var signature = petitions.signature(p.id);
        assertNull(signature.utmSource);
        assertEquals("spring", signature.utmCampaign);
    }

    @Test
    void anUnknownPartnersSignatureIsTakenUnattributed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        registered();   // so that PARTNER_PAGE may frame the form, as any registered origin may for an unknown partner
        var fields = filled(p, "nobody-registered");
        fields.put("partnerConsent", "true");
        fields.put("origin", PARTNER_PAGE);
        String page = SignForms.postEmbedded(p.slug, fields).then().statusCode(200)
                .body(containsString("Almost done: check your email"))
                .extract().asString();
        var signature = petitions.signature(p.id);
        assertNull(signature.partner);
        assertFalse(signature.consentPartner, "no consent to a partner that does not exist");
        assertFalse(page.contains("data-signed"), "no conversion for a partner nobody registered");
    }

    @Test
    void theThankYouPageAnnouncesTheSignatureOnlyToTheKnownPartnersRegisteredPage() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered();
        var fields = filled(p, partner);
        fields.put("origin", PARTNER_PAGE);
        String page = SignForms.postEmbedded(p.slug, fields).then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors " + PARTNER_PAGE + ";"))
                .extract().asString();
        assertTrue(page.contains("<main id=\"chorus-embed\" data-parent-origin=\"" + PARTNER_PAGE + "\" data-signed=\""
                + p.slug + "\">"), page);
        assertFalse(page.contains(fields.get("email").toString()), "no personal data on the page");

        Petition other = petitions.create(Petition.Status.OPEN);
        var elsewhere = filled(other, partner);
        elsewhere.put("origin", "https://copycat.example.org");
        SignForms.postEmbedded(other.slug, elsewhere).then().statusCode(200)
                .body(containsString("Almost done: check your email"))
                .body(containsString("<main id=\"chorus-embed\">"));
    }

    @Test
    void errorsAreShownAgainInTheFrameWithWhatWasTypedAndTheHiddenFields() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered();
        var fields = filled(p, partner);
        fields.put("email", "not-an-address");
        fields.put("utm_campaign", "spring");
        fields.put("accent", "0a7d5e");
        fields.put("origin", PARTNER_PAGE);
        SignForms.postEmbedded(p.slug, fields).then().statusCode(400)
                .header("Content-Security-Policy", containsString("frame-ancestors " + PARTNER_PAGE + ";"))
                .body(containsString("role=\"alert\""))
                .body(containsString(
                        "<a href=\"#sign-email\">Please enter an email address such as name@example.org.</a>"))
                .body(containsString("value=\"not-an-address\""))
                .body(containsString("<form method=\"post\" action=\"/embed/" + p.slug + "\">"))
                .body(containsString("<input type=\"hidden\" name=\"partner\" value=\"" + partner + "\">"))
                .body(containsString("<input type=\"hidden\" name=\"utm_campaign\" value=\"spring\">"))
                .body(containsString("<input type=\"hidden\" name=\"origin\" value=\"" + PARTNER_PAGE + "\">"))
                .body(containsString("href=\"/embed/assets/accent.css?c=0a7d5e\""))
                .body(not(containsString("data-signed")));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void errorsAreShownInBurmeseToABurmeseForm() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        var fields = filled(p, null);
        fields.put("locale", "my");
        fields.put("name", "");
        SignForms.postEmbedded(p.slug, fields).then().statusCode(400)
                .body(containsString("<html lang=\"my\""))
                .body(containsString("<a href=\"#sign-name\">သင့်အမည်ကို ထည့်ပါ။</a>"));
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        var fields = filled(p, null);
        fields.put("website", "http://spam.example");
        SignForms.postEmbedded(p.slug, fields).then().statusCode(200)
                .body(containsString("Almost done: check your email"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aFormSentFasterThanAPersonCanFillItIsShownAgainAndNothingStored() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String page = given().when().get("/embed/{slug}", p.slug).then().extract().asString();
        var fields = filled(p, null);
        fields.put("started", SignForms.started(page));
        SignForms.postEmbedded(p.slug, fields).then().statusCode(400)
                .body(containsString("Please check your details and send the form again."))
                .body(containsString("value=\"Ma Thida\""));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aClosedPetitionRefusesTheFormWith409() {
        Petition p = petitions.create(Petition.Status.CLOSED);
        SignForms.postEmbedded(p.slug, filled(p, null)).then().statusCode(409)
                .body(containsString("This petition is not open for signing."));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void anUnknownPetitionIs404() {
        SignForms.postEmbedded("no-such-petition", Map.of("name", "Ma Thida")).then().statusCode(404)
                .body(containsString("Petition not found"));
    }

    private Map<String, Object> filled(Petition p, String partner) {
        var fields = SignForms.filled(guard, p.slug, "Ma Thida", Signer.newEmail());
        if (partner != null) {
            fields.put("partner", partner);
        }
        return fields;
    }

    private String registered() {
        String slug = partners.register(TestPartners.newSlug(), PARTNER_PAGE);
        origins.refresh();
        return slug;
    }
}
