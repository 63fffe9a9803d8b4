package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.petition.web.FormGuard;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who receives a signer's name: the consent to be named has a second, separate choice, "also to the government of
 * my own country", and the form says who receives names, naming the petition's sensitive states, in the page's
 * language. The choice is stored with the consent version and carried in signature.confirmed.
 */
@QuarkusTest
class NameRecipientsConsentTest {

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void theChoiceIsStoredWithTheConsentVersionAndCarriedInSignatureConfirmed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String chose = sign(p.slug, true, true);
        String didNot = sign(p.slug, true, false);
        String unnamed = sign(p.slug, false, true);

        JsonNode chosen = confirmed(chose);
        assertEquals("Aung San", chosen.path("displayName").asText());
        assertTrue(chosen.path("nameToOwnGovernment").asBoolean(), chosen.toString());
        assertFalse(confirmed(didNot).path("nameToOwnGovernment").asBoolean(true), "not chosen");
        JsonNode anonymous = confirmed(unnamed);
        assertTrue(anonymous.path("displayName").isNull());
        assertFalse(anonymous.path("nameToOwnGovernment").asBoolean(true),
                "without consent to be named at all, the second choice means nothing");

        Staff.campaigner().when().get("/api/petitions/{slug}/signatures", p.slug).then().statusCode(200)
                .body("signers.find { it.email == '" + chose + "' }.consents.nameToOwnGovernment", equalTo(true))
                .body("signers.find { it.email == '" + chose + "' }.consents.version", equalTo("test-consent-1"))
                .body("signers.find { it.email == '" + didNot + "' }.consents.nameToOwnGovernment", equalTo(false))
                .body("signers.find { it.email == '" + unnamed + "' }.consents.nameToOwnGovernment", equalTo(false));
    }

    @Test
    void theFormAsksForTheSecondChoiceUnderTheNameConsentInEnglishAndBurmese() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        for (String path : List.of("/p/{slug}", "/embed/{slug}")) {
            String english = given().when().get(path, p.slug).then().statusCode(200).extract().asString();
            assertSecondChoiceUnderTheFirst(english, "Also show my name in the letter to the government of my own country.");
            String burmese = given().when().get(path + "?lang=my", p.slug).then().statusCode(200).extract().asString();
            assertSecondChoiceUnderTheFirst(burmese, "ကျွန်ုပ်၏ နိုင်ငံ အစိုးရထံ ပို့သော စာတွင်လည်း ကျွန်ုပ်၏ အမည်ကို ဖော်ပြပါ။");
        }
    }

    @Test
    void aPetitionsOwnTextForTheSecondChoiceIsShownInItsLocale() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        petitions.setNameToOwnGovernmentTexts(p.slug, "Name me to my own government too.", "မြန်မာ စာသား");
        assertTrue(given().when().get("/p/{slug}", p.slug).then().extract().asString()
                .contains("<label for=\"sign-name-to-own-government\">Name me to my own government too.</label>"));
        assertTrue(given().when().get("/p/{slug}?lang=my", p.slug).then().extract().asString()
                .contains("<label for=\"sign-name-to-own-government\">မြန်မာ စာသား</label>"));
    }

    @Test
    void theFormSaysWhoReceivesNamesAndNamesTheSensitiveStates() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        petitions.setSensitiveStates(p.slug, List.of("MM", "TH"));
        String english = given().when().get("/p/{slug}", p.slug).then().extract().asString();
        String statement = recipients(english);
        assertTrue(statement.contains("governments and Security Council members this petition addresses"), statement);
        assertTrue(statement.contains("never to the government of Myanmar (Burma), Thailand"), statement);
        assertTrue(statement.contains("only if you also tick the next box"), statement);
        String burmese = recipients(given().when().get("/embed/{slug}?lang=my", p.slug).then().extract().asString());
        assertTrue(burmese.contains("မြန်မာ") && burmese.contains("ထိုင်း"), "the states named in Burmese: " + burmese);

        Petition none = petitions.create(Petition.Status.OPEN);
        String withoutStates = recipients(given().when().get("/p/{slug}", none.slug).then().extract().asString());
        assertFalse(withoutStates.contains("never to"), withoutStates);
    }

    @Test
    void theDemoFormSaysThatNoNameGoesToMyanmarsGovernmentInEnglishAndBurmese() {
        Petition demo = petitions.createDemo();
        assertTrue(recipients(given().when().get("/p/{slug}", demo.slug).then().extract().asString())
                .contains("never to the government of Myanmar (Burma)."));
        assertTrue(recipients(given().when().get("/p/{slug}?lang=my", demo.slug).then().extract().asString())
                .contains("မြန်မာ အစိုးရထံ ပို့သော စာတွင် မည်သည့်အခါမျှ မဖော်ပြပါ"));
        assertTrue(given().when().get("/embed/{slug}?lang=my", demo.slug).then().extract().asString()
                .contains("ကျွန်ုပ်၏ နိုင်ငံ အစိုးရထံ ပို့သော စာတွင်လည်း ကျွန်ုပ်၏ အမည်ကို ဖော်ပြပါ။</label>"));
    }

    @Test
    void theFormPostsTheChoiceAndTicksItAgainWhenShownBack() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Map<String, Object> form = SignForms.filled(guard, p.slug, "Ma Thida", "not-an-address");
        form.put("nameInLetters", "true");
        form.put("nameToOwnGovernment", "true");
        String shownBack = SignForms.post(p.slug, form).then().statusCode(400).extract().asString();
        assertTrue(shownBack.contains("id=\"sign-name-to-own-government\" name=\"nameToOwnGovernment\" "
                + "type=\"checkbox\" value=\"true\" checked"), "ticked as the signer left it");

        form.put("email", email);
        SignForms.post(p.slug, form).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email)))
                .when().post("/api/signatures/confirm").then().statusCode(200);
        assertTrue(confirmed(email).path("nameToOwnGovernment").asBoolean());
    }

    private static void assertSecondChoiceUnderTheFirst(String html, String label) {
        int first = html.indexOf("id=\"sign-name-in-letters\"");
        int statement = html.indexOf("id=\"sign-names-go-to\"");
        int second = html.indexOf("<input id=\"sign-name-to-own-government\" name=\"nameToOwnGovernment\" "
                + "type=\"checkbox\" value=\"true\"");
        assertTrue(first > 0 && statement > first && second > statement,
                "the name consent, what it means, then the second choice: " + first + " " + statement + " " + second);
        assertTrue(html.contains("<label for=\"sign-name-to-own-government\">" + label + "</label>"), label);
        assertTrue(html.contains("aria-describedby=\"sign-names-go-to\""), "the statement describes the consent");
        assertEquals(-1, html.indexOf("<input id=\"sign-name-to-own-government\"", second + 1), "once");
    }

    private static String recipients(String html) {
        int at = html.indexOf("id=\"sign-names-go-to\"");
        assertTrue(at > 0, "no statement of who receives names");
        return html.substring(at, html.indexOf("</p>", at));
    }

    private static String sign(String slug, boolean nameInLetters, boolean nameToOwnGovernment) {
        String email = Signer.newEmail();
        Map<String, Object> consents = new HashMap<>(Map.of("processing", true, "nameInLetters", nameInLetters,
                "nameToOwnGovernment", nameToOwnGovernment));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Aung San", "email", email, "country", "MM", "consents", consents))
                .when().post("/api/petitions/{slug}/signatures", slug).then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email)))
                .when().post("/api/signatures/confirm").then().statusCode(200);
        return email;
    }

    /** The data of the signature.confirmed event of this address's signature, checked against the schema. */
    private static JsonNode confirmed(String email) {
        String signatureId = TopicReader.parse(Signer.submittedEvent(email)).path("data").path("signatureId").asText();
        var record = TopicReader.await("signatures", jsonValue(e -> "signature.confirmed".equals(e.path("type").asText())
                && signatureId.equals(e.path("data").path("signatureId").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(record.value(), "signature.confirmed");
        return TopicReader.parse(record.value()).path("data");
    }
}
