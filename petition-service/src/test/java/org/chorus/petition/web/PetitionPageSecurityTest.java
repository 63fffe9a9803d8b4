package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PetitionPageSecurityTest {

    private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(?:src|href|action|srcset|poster|data)=\"([^\"]*)\"");

    @Inject
    TestPetitions petitions;

    @Test
    void everyPageCarriesTheStrictPolicyAndIsNeverCached() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String path : List.of("/p/" + p.slug, "/p/" + p.slug + "?lang=my", "/confirm?token=x")) {
            given().when().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", equalTo(CSP))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void thePageLoadsNothingFromAnyOtherHostAndRunsNoScript() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        String html = given().when().get("/p/{slug}?partner=demo-partner", p.slug).then().extract().asString();
        List<String> urls = new ArrayList<>();
        Matcher m = URL_ATTRIBUTE.matcher(html);
        while (m.find()) {
            urls.add(m.group(1));
        }
        assertFalse(urls.isEmpty());
        for (String url : urls) {
            assertTrue(url.startsWith("/") && !url.startsWith("//") || url.startsWith("#"), "not our own: " + url);
        }
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.toLowerCase().contains("<style"), "no inline stylesheet: the CSP would block it");
        assertFalse(html.toLowerCase().contains(" style="), "no style attribute: the CSP would block it");
        assertFalse(html.toLowerCase().contains("<img"), "no image");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/p/assets/petition.css\">"));
    }

    @Test
    void theStylesheetIsServedByUsAndDownloadsNoFont() {
        String css = given().when().get("/p/assets/petition.css")
                .then().statusCode(200).contentType(containsString("text/css")).extract().asString();
        assertFalse(css.contains("@import"), "imports nothing");
        assertFalse(css.contains("@font-face"), "system fonts only");
        assertFalse(css.contains("url("), "loads nothing");
        assertTrue(css.contains(":lang(my)"), "Burmese gets its system fonts");
    }

    @Test
    void pagesAreSentCompressedToBrowsersThatAcceptIt() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().header("Accept-Encoding", "gzip").when().get("/p/{slug}", p.slug)
                .then().statusCode(200).header("Content-Encoding", "gzip");
        assertEquals(200, given().header("Accept-Encoding", "gzip").when().get("/p/assets/petition.css").statusCode());
    }
}
