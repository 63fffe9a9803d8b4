package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PetitionPageLanguageTest {

    private static final String BURMESE_TITLE = "မြန်မာ စမ်းသပ် တောင်းဆိုလွှာ";

    @Inject
    TestPetitions petitions;

    @Test
    void theLinkAsksForBurmeseAndGetsItAllInBurmese() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        given().header("Accept-Language", "en").when().get("/p/{slug}?lang=my", p.slug)
                .then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Language", "my")
                .body(containsString("<html lang=\"my\" dir=\"ltr\">"))
                .body(containsString("<h1>" + BURMESE_TITLE + "</h1>"))
                .body(containsString("<li id=\"second\">ဒုတိယ တောင်းဆိုချက်</li>"))
                .body(containsString("ကျွန်ုပ်၏ လက်မှတ်ကို သိမ်းဆည်းပါ။"))
                .body(containsString("ကျွန်ုပ်တို့ တောင်းဆိုသည်မှာ"))
                .body(containsString("လက်မှတ်ထိုးမည်"))
                .body(containsString(">မြန်မာ</option>"))
                .body(containsString("name=\"locale\" value=\"my\""))
                .body(not(containsString("We call for")));
    }

    @Test
    void theBrowsersPreferredLanguageWithQValuesChoosesThePage() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        given().header("Accept-Language", "de-DE, en;q=0.3, my;q=0.8").when().get("/p/{slug}", p.slug)
                .then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"my\""))
                .body(containsString(BURMESE_TITLE));
        given().header("Accept-Language", "my;q=0.2, en;q=0.9").when().get("/p/{slug}", p.slug)
                .then().body(containsString("<html lang=\"en\""))
                .body(containsString("<h1>Test petition</h1>"))
                .body(containsString("We call for"));
    }

    @Test
    void aLanguageThePetitionLacksFallsBackToItsDefault() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        given().header("Accept-Language", "fr-CH, de;q=0.9").when().get("/p/{slug}?lang=zz", p.slug)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("<h1>Test petition</h1>"));
    }

    @Test
    void countsAreWrittenInTheDigitsOfThePageLanguage() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        petitions.setTotal(p.id, 42);
        given().when().get("/p/{slug}?lang=my", p.slug).then().body(containsString("လူ ၄၂ ဦး"));
        given().when().get("/p/{slug}?lang=en", p.slug).then().body(containsString("42 people have signed."));
    }

    @Test
    void theLanguageMenuLinksToEachLanguageOfThePetition() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.OPEN);
        given().when().get("/p/{slug}?lang=en&partner=amnesty-x", p.slug)
                .then().body(containsString("<a href=\"/p/" + p.slug + "?lang=my&amp;partner=amnesty-x\" hreflang=\"my\" lang=\"my\">မြန်မာ</a>"))
                .body(containsString("<span aria-current=\"page\" lang=\"en\">English</span>"));
    }

    @Test
    void theConfirmPagesSpeakTheLanguageOfTheLink() {
        given().when().get("/confirm?token=abc&lang=my")
                .then().statusCode(200)
                .body(containsString("<html lang=\"my\""))
                .body(containsString("ကျွန်ုပ်၏ လက်မှတ်ကို အတည်ပြုမည်"))
                .body(containsString("name=\"lang\" value=\"my\""));
        given().header("Accept-Language", "my-MM").when().get("/confirm?token=abc")
                .then().body(containsString("<html lang=\"my\""));
        given().contentType(ContentType.URLENC).formParam("token", "no-such-token").formParam("lang", "my")
                .when().post("/confirm")
                .then().statusCode(400)
                .body(containsString("<html lang=\"my\""))
                .body(containsString("ဤလင့်ခ် မမှန်ကန်ပါ"));
        given().contentType(ContentType.URLENC).formParam("token", "no-such-token")
                .when().post("/confirm")
                .then().statusCode(400).header("Content-Language", equalTo("en"))
                .body(containsString("This link is not valid"));
    }
}
