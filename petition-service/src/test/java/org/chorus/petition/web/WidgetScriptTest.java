package org.chorus.petition.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

/** The partner's one script tag loads widget.js; the embedded form loads embed.js and its accent stylesheet. */
@QuarkusTest
class WidgetScriptTest {

    private static final int WIDGET_BUDGET = 3 * 1024;

    @Test
    void widgetJsIsJavaScriptCacheableForMinutesAndRevalidatedByEtag() {
        var response = given().header("Accept-Encoding", "identity").when().get("/widget.js").then().statusCode(200)
                .contentType(startsWith("application/javascript"))
                .header("Cache-Control", containsString("max-age=300"))
                .header("ETag", notNullValue())
                .extract();
        String etag = response.header("ETag");
        given().header("If-None-Match", etag).when().get("/widget.js").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "\"something-older\"").when().get("/widget.js").then().statusCode(200);
    }

    @Test
    void widgetJsIsSmall() throws IOException {
        byte[] script = given().header("Accept-Encoding", "identity").when().get("/widget.js")
                .then().statusCode(200).extract().asByteArray();
        Log.infof("widget.js: %d bytes, %d gzipped", script.length, gzip(script));
        assertTrue(script.length < WIDGET_BUDGET, "widget.js is " + script.length + " bytes");
    }

    /** What a strict Content-Security-Policy on the partner's page would block, or what would need a library. */
    @Test
    void widgetJsNeedsNothingAStrictHostPolicyForbids() {
        String script = given().when().get("/widget.js").then().statusCode(200).extract().asString();
        for (String forbidden : List.of("eval(", "new Function", "innerHTML", "document.write", "createElement('style'",
                "setAttribute('style'", "cssText", "import ", "require(")) {
            assertFalse(script.contains(forbidden), "widget.js uses " + forbidden);
        }
        assertTrue(script.contains("e.origin !== chorus"), "messages are accepted only from the form's origin");
        assertTrue(script.contains("e.source !== f.contentWindow"), "and only from its own frame");
        assertTrue(script.contains("'chorus:signed'"));
    }

    @Test
    void embedJsSendsMessagesOnlyToTheOriginThePageNames() {
        String script = given().when().get("/embed/assets/embed.js").then().statusCode(200)
                .contentType(startsWith("application/javascript"))
                .header("ETag", notNullValue())
                .extract().asString();
        assertTrue(script.contains("postMessage(message, target)"));
        assertFalse(script.contains("'*'"), "never to any origin");
    }

    @Test
    void theAccentStylesheetGivesTheButtonItsColourAndReadableText() {
        given().when().get("/embed/assets/accent.css?c=0a7d5e").then().statusCode(200)
                .contentType(startsWith("text/css"))
                .header("Cache-Control", containsString("max-age="))
                .body(containsString("button{background:#0a7d5e;color:#fff}"));
        given().when().get("/embed/assets/accent.css?c=ffe066").then().statusCode(200)
                .body(containsString("button{background:#ffe066;color:#000;border:2px solid #000}"));
    }

    @Test
    void anAccentThatIsNotAColourIsAProblem() {
        for (String c : List.of("red", "0a7d5", "0A7D5E", "0a7d5e;}body{display:none", "")) {
            given().queryParam("c", c).when().get("/embed/assets/accent.css").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(400));
        }
        given().when().get("/embed/assets/accent.css").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
