package org.chorus.petition;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chorus.petition.web.FormGuard;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A person signing through the server-rendered form, as a browser posts it. */
public final class SignForms {

    private static final Pattern STARTED = Pattern.compile("name=\"started\" value=\"([^\"]+)\"");

    private SignForms() {
    }

    /** The fields of a correctly filled form, served long enough ago to pass the minimum fill time. */
    public static Map<String, Object> filled(FormGuard guard, String slug, String name, String email) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("country", "MM");
        fields.put("processing", "true");
        fields.put("locale", "en");
        fields.put("website", "");
        fields.put("started", guard.stamp(slug, Instant.now().minus(Duration.ofSeconds(30))));
        return fields;
    }

    /** Posts as a browser does from a UTF-8 page: fields encoded in UTF-8, no charset named in the request. */
    public static Response post(String slug, Map<String, Object> fields) {
        return postTo("/p/{slug}", slug, fields);
    }

    /** Posts the embedded form (GET /embed/{slug}), as a browser with JavaScript off does in the partner's page. */
    public static Response postEmbedded(String slug, Map<String, Object> fields) {
        return postTo("/embed/{slug}", slug, fields);
    }

    private static Response postTo(String path, String slug, Map<String, Object> fields) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultCharsetForContentType(StandardCharsets.UTF_8.name(), ContentType.URLENC)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.URLENC).formParams(fields).when().post(path, slug);
    }

    /** The value of the hidden {@code started} field of a rendered form. */
    public static String started(String html) {
        Matcher m = STARTED.matcher(html);
        if (!m.find()) {
            throw new AssertionError("the form has no started field");
        }
        return m.group(1);
    }
}
