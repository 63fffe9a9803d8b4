package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Creating and editing drafts: POST and PUT /api/petitions, and their 404 and 409 answers. */
@QuarkusTest
class PetitionDraftTest {

    @Test
    void createdPetitionIsADraftAtItsLocation() {
        Map<String, Object> draft = Staff.draft();
        String slug = (String) draft.get("slug");

        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().post("/api/petitions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/petitions/" + slug))
                .body("slug", equalTo(slug))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0))
                .body("publishedAt", nullValue())
                .body("demands[1].id", equalTo("icc-referral"))
                .body("translations.my.demands.fuel", equalTo("လေယာဉ်လောင်စာ ပေးပို့မှု ရပ်တန့်ပါ"));

        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().statusCode(200)
                .body("consentTexts.processing", equalTo("Process my signature."))
                .body("locales", equalTo(List.of("en", "my")));
        Staff.campaigner().when().get("/api/petitions")
                .then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.status", equalTo("DRAFT"))
                .body("find { it.slug == '" + slug + "' }.signatures.pending", equalTo(0));
    }

    @Test
    void thePetitionsTextsReachThePublicViewInEachLocale() {
        String slug = Staff.createAndPublish(Staff.draft());
        given().when().get("/api/petitions/{slug}?locale=my", slug)
                .then().statusCode(200)
                .body("title", equalTo("လေယာဉ်လောင်စာ ရပ်တန့်ပါ"))
                .body("demands.find { it.id == 'icc-referral' }.text", equalTo("Refer Myanmar to the ICC"));
    }

    @Test
    void editingADraftReplacesItAndMovesItsVersionOn() {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.create(draft);
        draft.put("title", "Stop the jet fuel now");
        draft.put("version", 0);

        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(200)
                .body("title", equalTo("Stop the jet fuel now"))
                .body("version", equalTo(1));
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().body("title", equalTo("Stop the jet fuel now")).body("version", equalTo(1));
    }

    @Test
    void aDraftMayBeRenamedToAFreeSlug() {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.create(draft);
        String renamed = slug + "-2026";
        draft.put("slug", renamed);
        draft.put("version", 0);

        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(200).body("slug", equalTo(renamed));
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", renamed).then().statusCode(200);
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug).then().statusCode(404);
    }

    @Test
    void anEditMadeFromAnOlderVersionIs409() {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.create(draft);
        draft.put("version", 0);
        draft.put("summary", "The first edit, which makes version 1.");
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug).then().statusCode(200).body("version", equalTo(1));

        draft.put("title", "An edit made from version 0");
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().body("title", equalTo("Stop the jet fuel"));
    }

    @Test
    void anEditWithoutAVersionIs400() {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.create(draft);
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("version"));
    }

    @Test
    void aPublishedPetitionCannotBeEdited() {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.createAndPublish(draft);
        draft.put("title", "Changed after people signed");
        draft.put("version", 1);

        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-state"));
    }

    @Test
    void aTakenSlugIs409OnCreateAndOnRename() {
        String taken = Staff.create(Staff.draft());
        Map<String, Object> second = Staff.draft();
        second.put("slug", taken);
        Staff.campaigner().contentType(ContentType.JSON).body(second)
                .when().post("/api/petitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/slug-taken"));

        Map<String, Object> third = Staff.draft();
        String slug = Staff.create(third);
        third.put("slug", taken);
        third.put("version", 0);
        Staff.campaigner().contentType(ContentType.JSON).body(third)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(409).body("type", equalTo("/problems/slug-taken"));
    }

    @Test
    void unknownPetitionIs404ForEveryStaffAction() {
        Map<String, Object> draft = Staff.draft();
        draft.put("version", 0);
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json");
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", "no-such-petition").then().statusCode(404);
        Staff.campaigner().when().post("/api/petitions/{slug}/close", "no-such-petition").then().statusCode(404);
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", "no-such-petition").then().statusCode(404);
        Staff.campaigner().when().get("/api/petitions/{slug}/signatures", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json");
        Staff.campaigner().accept("text/csv").when().get("/api/petitions/{slug}/signatures", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", notNullValue());
    }
}
