package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

/** Signers are often on a slow phone: the demo petition page, form and stylesheet stay within a small budget. */
@QuarkusTest
class PetitionPageWeightTest {

    private static final int PAGE_GZIPPED_BUDGET = 8 * 1024;
    private static final int STYLESHEET_GZIPPED_BUDGET = 2 * 1024;

    @Inject
    TestPetitions petitions;

    @Test
    void theDemoPageIsSmallInEveryLanguage() throws IOException {
        Petition demo = petitions.createDemo();
        for (String lang : new String[] { "en", "my" }) {
            byte[] page = given().header("Accept-Encoding", "identity").when().get("/p/{slug}?lang={lang}", demo.slug, lang)
                    .then().statusCode(200).extract().asByteArray();
            int gzipped = gzip(page);
            Log.infof("page weight of the demo petition in %s: %d bytes, %d gzipped", lang, page.length, gzipped);
            assertTrue(gzipped < PAGE_GZIPPED_BUDGET, lang + " page: " + gzipped + " bytes gzipped");
        }
        byte[] css = given().header("Accept-Encoding", "identity").when().get("/p/assets/petition.css")
                .then().statusCode(200).extract().asByteArray();
        Log.infof("page weight of the stylesheet: %d bytes, %d gzipped", css.length, gzip(css));
        assertTrue(gzip(css) < STYLESHEET_GZIPPED_BUDGET);
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
