package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPartners;
import org.chorus.petition.TestPetitions;
import org.chorus.petition.service.PartnerOrigins;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /embed/{slug}: what a partner's page shows in its iframe, and who may frame it. */
@QuarkusTest
class EmbedPageTest {

    private static final Pattern CONTROL = Pattern.compile("<(input|select)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern FRAME_ANCESTORS = Pattern.compile("frame-ancestors ([^;]+);");

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    PartnerOrigins origins;

    @Test
    void aKnownPartnersFormMayBeFramedByExactlyItsOrigins() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org", "http://localhost:8090");
        given().when().get("/embed/{slug}?partner={partner}", p.slug, partner).then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; script-src 'self'; "
                        + "style-src 'self'; form-action 'self'; "
                        + "frame-ancestors https://news.example.org http://localhost:8090; base-uri 'none'"))
                .header("X-Frame-Options", (String) null)
                .header("Cache-Control", "no-store");
    }

    @Test
    void anUnknownOrMissingPartnersFormMayBeFramedByAnyRegisteredOriginAndNoOther() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://union.example.org");
        for (String query : List.of("?partner=nobody-registered", "?partner=NOT%20A%20SLUG", "")) {
            String policy = given().when().get("/embed/" + p.slug + query).then().statusCode(200)
                    .extract().header("Content-Security-Policy");
            List<String> ancestors = frameAncestors(policy);
            assertEquals(List.copyOf(origins.allOrigins()), ancestors, query);
            assertTrue(ancestors.contains("https://union.example.org"), "every partner's origins: " + partner);
            assertFalse(ancestors.contains("*") || ancestors.contains("'self'"), policy);
        }
    }

    @Test
    void theFormRunsNoInlineScriptAndLoadsOnlyOurFiles() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org");
        String html = given().when().get("/embed/{slug}?partner={partner}&accent={accent}&origin={origin}",
                p.slug, partner, "#0A7D5E", "https://news.example.org").then().statusCode(200).extract().asString();
        Matcher script = SCRIPT.matcher(html);
        List<String> scripts = new ArrayList<>();
        while (script.find()) {
            assertTrue(script.group(2).isBlank(), "no inline script: " + script.group());
            scripts.add(script.group(1));
        }
        assertEquals(List.of(" src=\"/embed/assets/embed.js\" defer"), scripts);
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handler");
        assertFalse(html.toLowerCase().contains("<style"), "no inline stylesheet");
        assertFalse(html.toLowerCase().contains(" style="), "no style attribute");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/p/assets/petition.css\">"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/embed/assets/accent.css?c=0a7d5e\">"));
        assertTrue(html.contains("<form method=\"post\" action=\"/embed/" + p.slug + "\">"), "posts to us");
    }

    @Test
    void theFormHasThePetitionPagesFieldsLabelsAndIdsInEnglish() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org");
        String html = given().header("Accept-Language", "en").when()
                .get("/embed/{slug}?partner={partner}", p.slug, partner).then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("<h1>Test petition</h1>"))
                .extract().asString();
        for (String field : List.of("id=\"sign-name\" name=\"name\"", "id=\"sign-email\" name=\"email\"",
                "id=\"sign-country\" name=\"country\"", "id=\"sign-postal-code\" name=\"postalCode\"",
                "id=\"sign-processing\" name=\"processing\"", "id=\"sign-updates\" name=\"updates\"",
                "id=\"sign-partner\" name=\"partnerConsent\"", "id=\"sign-name-in-letters\" name=\"nameInLetters\"",
                "id=\"sign-name-to-own-government\" name=\"nameToOwnGovernment\"",
                "id=\"sign-website\" name=\"website\"", "<button id=\"sign-submit\" type=\"submit\">Sign</button>",
                "<input type=\"hidden\" name=\"partner\" value=\"" + partner + "\">",
                "<input type=\"hidden\" name=\"started\" value=\"")) {
            assertTrue(html.contains(field), field);
        }
        Matcher control = CONTROL.matcher(html);
        int labelled = 0;
        while (control.find()) {
            if (control.group(2).contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(control.group(2));
            assertTrue(id.find(), "a control without id: " + control.group());
            assertTrue(html.contains("<label for=\"" + id.group(1) + "\">"), "no label for " + id.group(1));
            labelled++;
        }
        assertEquals(10, labelled, "name, email, country, postal code, five consents, honeypot");
    }

    @Test
    void thePartnerConsentNamesAKnownPartnerAndIsNotOfferedForAnUnknownOne() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org");
        given().when().get("/embed/{slug}?partner={partner}", p.slug, partner).then().statusCode(200)
                .body(containsString("<label for=\"sign-partner\">The partner may contact me. "
                        + "<span class=\"partner-name\">(the organization: Partner " + partner + ")</span></label>"));
        given().when().get("/embed/{slug}?partner=nobody-registered", p.slug).then().statusCode(200)
                .body(not(containsString("sign-partner")))
                .body(not(containsString("name=\"partner\"")))
                .body(not(containsString("nobody-registered")));
    }

    @Test
    void theFormIsInBurmeseWhenThePartnerAsksForIt() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        given().header("Accept-Language", "en").when().get("/embed/{slug}?lang=my", p.slug).then().statusCode(200)
                .header("Content-Language", "my")
                .body(containsString("<html lang=\"my\" dir=\"ltr\">"))
                .body(containsString("<h1>မြန်မာ စမ်းသပ် တောင်းဆိုလွှာ</h1>"))
                .body(containsString("<label for=\"sign-name\">သင့်အမည်</label>"))
                .body(containsString("<button id=\"sign-submit\" type=\"submit\">လက်မှတ်ထိုးမည်</button>"))
                .body(containsString("<input type=\"hidden\" name=\"locale\" value=\"my\">"));
    }

    @Test
    void thePartnersPageOriginIsNamedToTheScriptOnlyWhenItMayFrameTheForm() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org:8443");
        given().when().get("/embed/{slug}?partner={partner}&origin={origin}", p.slug, partner,
                "HTTPS://News.Example.org:8443").then().statusCode(200)
                .body(containsString(
                        "<main id=\"chorus-embed\" data-parent-origin=\"https://news.example.org:8443\">"))
                .body(containsString(
                        "<input type=\"hidden\" name=\"origin\" value=\"https://news.example.org:8443\">"));
        for (String stranger : List.of("https://evil.example.org", "https://news.example.org", "null", "*")) {
            given().when().get("/embed/{slug}?partner={partner}&origin={origin}", p.slug, partner, stranger)
                    .then().statusCode(200)
                    .body(containsString("<main id=\"chorus-embed\">"))
                    .body(not(containsString("name=\"origin\"")));
        }
    }

    @Test
    void aColourThatIsNoColourIsLeftOut() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/embed/{slug}?accent={accent}", p.slug, "red;}body{display:none").then().statusCode(200)
                .body(not(containsString("accent.css")))
                .body(not(containsString("display:none")));
    }

    @Test
    void aClosedPetitionSaysSoInsideTheFrame() {
        Petition p = petitions.create(Petition.Status.CLOSED);
        given().when().get("/embed/{slug}", p.slug).then().statusCode(200)
                .body(containsString("This petition is not open for signing."))
                .body(not(containsString("<form")));
    }

    @Test
    void anUnknownPetitionIsAPageThePartnerMayFrame() {
        String partner = registered("https://news.example.org");
        given().when().get("/embed/no-such-petition?partner={partner}", partner).then().statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors https://news.example.org;"))
                .body(containsString("Petition not found"));
    }

    @Test
    void everyOtherPageStillMayNotBeFramed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String partner = registered("https://news.example.org");
        given().when().get("/p/{slug}?partner={partner}", p.slug, partner).then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    private String registered(String... allowedOrigins) {
        String slug = partners.register(TestPartners.newSlug(), allowedOrigins);
        origins.refresh();
        return slug;
    }

    private static List<String> frameAncestors(String policy) {
        Matcher m = FRAME_ANCESTORS.matcher(policy);
        assertTrue(m.find(), policy);
        return List.of(m.group(1).split(" "));
    }
}
