package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.chorus.letter.service.Petitions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A letter template sees only the letter's values: no configuration, environment, bean, file, method of a Java
 * object or other template, neither when staff save it, nor in the preview, nor in a batch's letters (which go to
 * the PDF and the email). Whatever it tries is a 400 template problem that carries no secret.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class TemplateSandboxTest {

    private static final String TEMPLATE = "/api/letters/templates/{slug}/{locale}";
    private static final String PASSWORD = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
    private static final String JDBC_URL = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);

    static Stream<String> reachingOut() {
        return Stream.of(
                "{config:property(\"quarkus.datasource.password\")}",
                "{config:property('quarkus.datasource.jdbc.url')}",
                "{config:quarkus.datasource.password}",
                "{config:['quarkus.datasource.jdbc.url']}",
                "{config:property(\"HOME\")}",
                "{inject:dataSource}",
                "{cdi:dataSource}",
                "{inject:vertx}",
                "{str:eval('{config:quarkus.datasource.password}')}",
                "{str:concat(date, date)}",
                "{time:format(date, 'yyyy')}",
                "{global:x}",
                "{petition.getClass()}",
                "{petition.title.getClass().forName('java.lang.System')}",
                "{date.getClass}",
                "{date.toString}",
                "{date.length}",
                "{counts.total.getClass}",
                "{annex.getClass.classLoader}",
                "{#eval petition.title /}",
                "{#include application.properties /}",
                "{#fragment id=x}{date}{/fragment}",
                "{#insert x}{/insert}",
                "{#let p=petition}{p.title.raw}{/let}",
                "{petition.title.safe}");
    }

    @Inject
    Petitions petitions;

    @Inject
    EntityManager em;

    private String slug;

    @BeforeEach
    void publishAPetition() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
    }

    @ParameterizedTest
    @MethodSource("reachingOut")
    void aTemplateThatReachesBeyondTheLettersValuesIsNotSaved(String expression) {
        ExtractableResponse<Response> answer = given().contentType(ContentType.JSON)
                .body(Map.of("subject", "Letter", "body", "<p>" + expression + "</p>"))
                .when().put(TEMPLATE, slug, "en").then().extract();
        assertRefusedWithoutSecrets(answer, expression);
        given().when().get(TEMPLATE, slug, "en").then().statusCode(404);
    }

    @ParameterizedTest
    @MethodSource("reachingOut")
    void aStoredTemplateThatReachesBeyondTheLettersValuesHasNoPreview(String expression) {
        storeAsBeforeTheSandbox("<p>" + expression + "</p>");
        ExtractableResponse<Response> page = given().queryParam("target", "MM")
                .when().get(TEMPLATE + "/preview", slug, "en").then().extract();
        assertRefusedWithoutSecrets(page, expression);
    }

    @Test
    void theSubjectIsRenderedInTheSameSandbox() {
        ExtractableResponse<Response> answer = given().contentType(ContentType.JSON)
                .body(Map.of("subject", "{config:property('quarkus.datasource.password')}", "body", "<p>{date}</p>"))
                .when().put(TEMPLATE, slug, "en").then().extract();
        assertRefusedWithoutSecrets(answer, "{config:property('quarkus.datasource.password')}");
        assertEquals("subject", answer.path("errors[0].field"));
    }

    @Test
    void aBatchRendersItsLettersInTheSandboxSoNoneCarriesAConfigurationValue() {
        storeAsBeforeTheSandbox("<p>{config:property(\"quarkus.datasource.jdbc.url\")}"
                + " {config:property(\"quarkus.datasource.password\")}</p>");
        ExtractableResponse<Response> answer = given().contentType(ContentType.JSON)
                .body(Map.of("petition", slug, "targets", List.of("MM", "FR")))
                .when().post("/api/letters/batches").then().extract();
        assertRefusedWithoutSecrets(answer, "batch");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM delivery_batch WHERE petition_slug = :slug")
                .setParameter("slug", slug).getSingleResult()).longValue()), "no batch was created");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("""
                        SELECT count(*) FROM letter l JOIN delivery_batch b ON b.id = l.batch_id
                        WHERE b.petition_slug = :slug AND position(:url in l.html) > 0""")
                .setParameter("slug", slug).setParameter("url", JDBC_URL).getSingleResult()).longValue()),
                "no letter of the petition carries the JDBC URL");
    }

    @Test
    void aTemplateUsingEveryDocumentedValueStillRenders() {
        String body = "<h1>{petition.title}</h1><p>{petition.slug}</p>"
                + "<ol>{#for d in petition.demands}<li id=\"{d.id}\">{d_count}. {d.text}</li>{/for}</ol>"
                + "<p>{recipient.salutation}, {recipient.name} ({recipient.title}), {target.name} [{target.code}]</p>"
                + "<p>{counts.total} people in {counts.countries} countries"
                + "{#if counts.inCountry gt 0}, {counts.inCountry} in {target.name}{#else}, none in {target.code}{/if}</p>"
                + "<p>{manifest.count} {manifest.root} {manifest.idsSha256}, until {cutoff}, on {date}</p>"
                + "{#if annex}<ul>{#each annex}<li>{it.name} ({it.country}){#if it_hasNext};{/if}</li>{/each}</ul>{/if}"
                + "{#let named=annex.size}{#when named}{#is 0}<p>Nobody yet.</p>{#else}<p>{named}</p>{/when}{/let}"
                + "{#with recipient}<p>{salutation}</p>{/with}<p>{annex.size} named, {petition.demands.size} asks"
                + "{#if petition.title is petition.title && !annex.isEmpty || true}.{/if}</p>";
        given().contentType(ContentType.JSON).body(Map.of("subject", "{counts.total} ask: {petition.title}", "body", body))
                .when().put(TEMPLATE, slug, "en").then().statusCode(200);
        String html = given().queryParam("target", "MM").accept(ContentType.JSON)
                .when().get(TEMPLATE + "/preview", slug, "en")
                .then().statusCode(200).body("subject", containsString("0 ask: ")).extract().path("html");
        for (String printed : List.of(slug, "<li id=\"", "1. ", "Myanmar [MM]", "0 people in 0 countries",
                ", none in MM", "Nobody yet.", "0 named, ", "asks.</p>")) {
            assertTrue(html.contains(printed), printed + " in " + html);
        }
    }

    private void storeAsBeforeTheSandbox(String body) {
        QuarkusTransaction.requiringNew().run(() -> {
            LetterTemplate template = new LetterTemplate();
            template.petitionSlug = slug;
            template.locale = "en";
            template.subject = "Letter";
            template.body = body;
            template.updatedAt = Instant.now();
            template.updatedBy = "someone-before-the-sandbox";
            template.persist();
        });
    }

    private static void assertRefusedWithoutSecrets(ExtractableResponse<Response> answer, String what) {
        String body = answer.asString();
        assertEquals(400, answer.statusCode(), what + " answered " + body);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("/problems/template", answer.path("type"), body);
        assertFalse(body.contains(PASSWORD), "the password is in " + body);
        assertFalse(body.contains(JDBC_URL), "the JDBC URL is in " + body);
        String message = answer.<String> path("errors[0].message").replace(what, "");
        assertFalse(message.matches("(?s).*\\b(java|jdk|io\\.quarkus|io\\.vertx|org\\.chorus)\\.[a-z].*"),
                "a Java class is named in " + message);
    }
}
