package org.chorus.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chorus.console.support.ConsoleSession;
import org.chorus.console.support.StaffApiStandIn;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * A petition's translations are typed field by field, one fieldset per language after the default one: what is typed
 * goes to petition-service as its {@code translations}, blanks left out, and comes back into the fields on the edit
 * page and after a refusal.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class PetitionTranslationsPagesTest {

    private final ConsoleSession casey = ConsoleSession.as("casey", "campaigner");

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    @Test
    void typedTranslationsAreSentAndTheEmptyFieldsLeftOut() {
        Map<String, String> form = draft("Sent with a French title");
        form.put("tr.fr.title", "  Petition de demo  ");
        form.put("tr.fr.summary", "");
        form.put("tr.fr.body", "   ");
        form.put("tr.fr.demand.icc", "Saisir la CPI");
        form.put("tr.fr.demand.embargo", "");
        form.put("tr.fr.consent.processing", "");
        form.put("tr.my.title", "");
        form.put("tr.my.demand.icc", "");
        post("/petitions/translated", form).statusCode(303);
        assertTrue(sent("Sent with a French title").contains(
                "\"translations\":{\"fr\":{\"title\":\"Petition de demo\",\"demands\":{\"icc\":\"Saisir la CPI\"}}}"),
                recorded());
    }

    @Test
    void aLanguageWithNothingTypedIsNotSent() {
        Map<String, String> form = draft("Sent with nothing translated");
        form.put("tr.my.title", " ");
        form.put("tr.my.summary", "");
        form.put("tr.my.demand.icc", "");
        form.put("tr.my.consent.processing", "");
        post("/petitions/translated", form).statusCode(303);
        assertTrue(sent("Sent with nothing translated").contains("\"translations\":{}"), recorded());
    }

    @Test
    void aTranslationOfALanguageOrDemandNoLongerInTheFormIsNotSent() {
        Map<String, String> form = draft("Sent without my and embargo");
        form.put("locales", "en, fr");
        form.put("demands", "icc: Refer Myanmar to the ICC");
        form.put("tr.fr.title", "Titre");
        form.put("tr.fr.demand.embargo", "Embargo sur les armes");
        form.put("tr.my.title", "Left behind");
        post("/petitions/translated", form).statusCode(303);
        assertTrue(sent("Sent without my and embargo").contains("\"translations\":{\"fr\":{\"title\":\"Titre\"}}"),
                recorded());
    }

    @Test
    void theEditPageShowsTheExistingTranslationInItsFields() {
        casey.given().get("/petitions/translated").then().statusCode(200)
                .body(containsString("<legend>fr translation</legend>"),
                        containsString("<legend>my translation</legend>"),
                        not(containsString("<legend>en translation</legend>")),
                        containsString("<label for=\"tr-fr-title\">Title</label>"),
                        containsString(
                                "<input id=\"tr-fr-title\" name=\"tr.fr.title\" lang=\"fr\" value=\"Petition de demo\">"),
                        containsString("<label for=\"tr-fr-demand-icc\">Demand icc: Refer Myanmar to the ICC</label>"),
                        containsString("name=\"tr.fr.demand.icc\" lang=\"fr\" rows=\"2\">Saisir la CPI</textarea>"),
                        containsString("name=\"tr.fr.demand.embargo\" lang=\"fr\" rows=\"2\"></textarea>"),
                        containsString("<input id=\"tr-my-title\" name=\"tr.my.title\" lang=\"my\" value=\"\">"),
                        containsString("<label for=\"tr-fr-consent-processing\">Consent: processing of the signer&#39;s"
                                + " data</label>"),
                        containsString("<p class=\"help\" id=\"tr-fr-consent-processing-help\">In en: p</p>"),
                        not(containsString("name=\"translations\"")));
    }

    @Test
    void aRefusalShowsTheTypedTranslationAgain() {
        Map<String, String> refused = draft("Refused by the service");
        refused.put("tr.fr.title", "refuse me");
        refused.put("tr.my.demand.embargo", "Typed in my");
        post("/petitions/translated", refused).statusCode(400)
                .body(containsString("translations[fr].title: size must be between 0 and 200"),
                        containsString("name=\"tr.fr.title\" lang=\"fr\" value=\"refuse me\">"),
                        containsString("name=\"tr.my.demand.embargo\" lang=\"my\" rows=\"2\">Typed in my</textarea>"));

        Map<String, String> unreadable = draft("Not readable");
        unreadable.put("goal", "many");
        unreadable.put("tr.fr.summary", "Resume tel que tape");
        post("/petitions/translated", unreadable).statusCode(400)
                .body(containsString("The goal must be a whole number."),
                        containsString("name=\"tr.fr.summary\" lang=\"fr\" rows=\"3\">Resume tel que tape</textarea>"));
        assertTrue(!recorded().contains("Not readable"), recorded());
    }

    @Test
    void aLanguagesConsentTextsAreTranslatedAllOrNone() {
        Map<String, String> form = draft("Half the consents");
        form.put("tr.fr.consent.processing", "Traitement");
        post("/petitions/translated", form).statusCode(400)
                .body(containsString("The fr consent texts go together"),
                        containsString("name=\"tr.fr.consent.processing\" lang=\"fr\" rows=\"2\""
                                + " aria-describedby=\"tr-fr-consent-processing-help\">Traitement</textarea>"));
        assertTrue(!recorded().contains("Half the consents"), recorded());

        Map<String, String> whole = draft("All the consents");
        form.forEach((name, value) -> whole.putIfAbsent(name, value));
        whole.put("tr.fr.consent.updates", "Nouvelles");
        whole.put("tr.fr.consent.partner", "Partenaire");
        whole.put("tr.fr.consent.nameInLetters", "Nom");
        post("/petitions/translated", whole).statusCode(303);
        assertTrue(sent("All the consents").contains("\"translations\":{\"fr\":{\"consents\":{\"processing\":"
                + "\"Traitement\",\"updates\":\"Nouvelles\",\"partner\":\"Partenaire\",\"nameInLetters\":\"Nom\"}}}"),
                recorded());
    }

    @Test
    void aNewPetitionIsTranslatedOnceItsDraftIsSavedAndARefusedOneShowsItsLanguages() {
        casey.given().get("/petitions/new").then().statusCode(200)
                .body(containsString("save the draft, then translate it"),
                        not(containsString("<legend>en translation")));
        Map<String, String> form = draft("New and refused");
        form.put("slug", "new-and-refused");
        form.put("locales", "en, fr");
        form.put("goal", "many");
        post("/petitions", form).statusCode(400)
                .body(containsString("<legend>fr translation</legend>"),
                        containsString("<label for=\"tr-fr-demand-embargo\">Demand embargo: An arms embargo</label>"));
    }

    @Test
    void aTranslatedBodyAsLongAsPetitionServiceTakesIsSent() {
        Map<String, String> form = draft("Sent with a long body in Burmese");
        form.put("tr.my.body", "\u1019".repeat(20_000));
        post("/petitions/translated", form).statusCode(303);
        sent("Sent with a long body in Burmese");
    }

    /** Every field of the stand-in's translated draft, with this title. */
    private static Map<String, String> draft(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("summary", "A summary");
        form.put("body", "A body");
        form.put("demands", "embargo: An arms embargo\r\nicc: Refer Myanmar to the ICC");
        form.put("goal", "100");
        form.put("locales", "en, fr, my");
        form.put("consentVersion", "v1");
        form.put("consentProcessing", "p");
        form.put("consentUpdates", "u");
        form.put("consentPartner", "pa");
        form.put("consentNameInLetters", "n");
        form.put("version", "3");
        return form;
    }

    private ValidatableResponse post(String path, Map<String, String> fields) {
        casey.open("/petitions/translated");
        return casey.form().formParams(fields).post(path).then();
    }

    /** The body of the call to petition-service that carried this title. */
    private String sent(String title) {
        return recorded().lines().filter(call -> call.contains("\"title\":\"" + title + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing sent with " + title + ":\n" + recorded()));
    }

    private String recorded() {
        return RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
    }
}
