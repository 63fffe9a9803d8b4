package org.chorus.petition;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chorus.testing.keycloak.KeycloakTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A campaigner using the staff API with a real signed token, and the petition bodies they send. */
public final class Staff {

    private Staff() {
    }

    public static RequestSpecification campaigner() {
        return given().auth().oauth2(KeycloakTokens.withRealmRoles("campaigner", "offline_access"));
    }

    /** A complete, valid petition body with a fresh slug; tests change what they are about. */
    public static Map<String, Object> draft() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("slug", "staff-" + UUID.randomUUID().toString().substring(0, 8));
        d.put("title", "Stop the jet fuel");
        d.put("summary", "No more aviation fuel for air strikes.");
        d.put("body", "Why this matters, at length.");
        d.put("demands", new ArrayList<>(List.of(Map.of("id", "fuel", "text", "Halt aviation-fuel supply"),
                Map.of("id", "icc-referral", "text", "Refer Myanmar to the ICC"))));
        d.put("goal", 5000);
        d.put("locales", new ArrayList<>(List.of("en", "my")));
        d.put("consentVersion", "2026-11");
        d.put("consentTexts", consents("Process my signature."));
        Map<String, Object> my = new HashMap<>();
        my.put("title", "လေယာဉ်လောင်စာ ရပ်တန့်ပါ");
        my.put("demands", Map.of("fuel", "လေယာဉ်လောင်စာ ပေးပို့မှု ရပ်တန့်ပါ"));
        my.put("consents", consents("ကျွန်ုပ်၏ လက်မှတ်ကို စီမံပါ။"));
        d.put("translations", new HashMap<>(Map.of("my", my)));
        return d;
    }

    public static Map<String, Object> consents(String processing) {
        return new HashMap<>(Map.of("processing", processing, "updates", "Send me updates.",
                "partner", "The partner may contact me.", "nameInLetters", "Show my name in letters."));
    }

    /** Creates the draft through the API and answers its slug. */
    public static String create(Map<String, Object> draft) {
        campaigner().contentType(ContentType.JSON).body(draft)
                .when().post("/api/petitions")
                .then().statusCode(201);
        return (String) draft.get("slug");
    }

    public static String createAndPublish(Map<String, Object> draft) {
        String slug = create(draft);
        campaigner().when().post("/api/petitions/{slug}/publish", slug).then().statusCode(200);
        return slug;
    }

    public static Map<String, Object> closingAt(Map<String, Object> draft, Instant closesAt) {
        draft.put("closesAt", closesAt.toString());
        return draft;
    }
}
