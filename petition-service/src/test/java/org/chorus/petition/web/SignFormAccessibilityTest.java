package org.chorus.petition.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignFormAccessibilityTest {

    private static final Pattern CONTROL = Pattern.compile("<(input|select)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void everyVisibleControlHasALabel() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String html = given().when().get("/p/{slug}?partner=demo-partner", p.slug).then().extract().asString();
        Matcher control = CONTROL.matcher(html);
        int controls = 0;
        while (control.find()) {
            String attributes = control.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            assertTrue(id.find(), "a control without id: " + control.group());
            assertTrue(html.contains("<label for=\"" + id.group(1) + "\">"), "no label for " + id.group(1));
            controls++;
        }
        assertTrue(controls >= 10, "name, email, country, postal code, five consents, honeypot: " + controls);
    }

    @Test
    void errorsAreSummarisedAtTheTopAndMarkedOnTheirFieldsInThePageLanguage() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        var form = SignForms.filled(guard, p.slug, "", "not-an-address");
        form.put("locale", "my");
        form.remove("processing");
        String html = SignForms.post(p.slug, form).then().statusCode(400)
                .body(containsString("<html lang=\"my\""))
                .extract().asString();

        int summary = html.indexOf("role=\"alert\"");
        assertTrue(summary > 0 && summary < html.indexOf("<form"), "the summary comes before the form");
        assertTrue(html.contains("<a href=\"#sign-name\">သင့်အမည်ကို ထည့်ပါ။</a>"));
        assertTrue(html.contains("<a href=\"#sign-email\">name@example.org ကဲ့သို့ အီးမေးလ်လိပ်စာ အမှန်ကို ထည့်ပါ။</a>"));
        assertTrue(html.contains("<a href=\"#sign-processing\">"));
        assertTrue(html.indexOf("#sign-name") < html.indexOf("#sign-email"), "in the order of the form");
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"sign-name-error\""));
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"sign-email-hint sign-email-error\""));
        assertTrue(html.contains("<p class=\"field-error\" id=\"sign-email-error\">"));
        assertTrue(html.contains("value=\"not-an-address\""), "what was typed stays");
        assertFalse(html.contains("must not be blank"), "no Bean Validation English");
        assertFalse(html.contains("aria-describedby=\"sign-country-error\""), "the country was fine");
    }

    @Test
    void theHoneypotIsOutOfTheTabOrderAndTellsPeopleToLeaveItEmpty() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/p/{slug}", p.slug).then()
                .body(containsString("<div class=\"hp\"><label for=\"sign-website\">Leave this field empty</label> "
                        + "<input id=\"sign-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>"));
    }
}
