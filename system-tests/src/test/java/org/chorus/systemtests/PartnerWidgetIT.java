package org.chorus.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;

/**
 * A partner's web site embeds the widget: a real Chromium loads the partner's page from its own origin, a signer
 * signs in the widget's frame, the partner's page is told (without personal data), and the signature reaches the
 * partner's tally and, once confirmed, its export. A site on an origin nobody registered gets neither the frame
 * nor the live count.
 */
class PartnerWidgetIT {

    private static final String SLUG = "myanmar-arms-embargo";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/confirm\\?token=([^\\s\"'<>&]+)");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static LocalPlatform platform;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSignerSignsInTheWidgetOnARegisteredPartnersPageAndThePartnerGetsTheSignature() throws Exception {
        String partner = "widget-" + UUID.randomUUID().toString().substring(0, 8);
        String email = partner + "@example.org";
        try (PartnerSite site = PartnerSite.start(partner)) {
            Map<String, Object> registered = Partners.register(partner, site.origin());

            // the gateway reads the registered origins every 30 s (chorus.gateway.cors.refresh-every)
            String page = site.origin() + "/?utm_source=partner-newsletter&utm_campaign=autumn";
            long corsDeadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            String cors;
            do {
                browser.get(page);
                cors = awaitText("cors");
            } while (!cors.equals("allowed") && System.nanoTime() < corsDeadline && pause(Duration.ofSeconds(2)));
            assertEquals("allowed", cors, "the registered site reads the live count (CORS)");
            WebElement frame = new WebDriverWait(browser, WAIT)
                    .until(d -> d.findElements(By.tagName("iframe")).stream().findFirst().orElse(null));
            long opened = System.nanoTime();
            browser.switchTo().frame(frame);
            fill("name", "Thida Widget");
            fill("email", email);
            new org.openqa.selenium.support.ui.Select(find("country")).selectByValue("MM");
            check("processing");
            check("partnerConsent");
            // a person takes a few seconds to fill the form; the form refuses what is faster (FormGuard)
            Thread.sleep(Math.max(0, 3_500 - (System.nanoTime() - opened) / 1_000_000));
            find("email").submit();
            browser.switchTo().defaultContent();

            String signed = awaitText("signed", text -> !text.equals("none"));
            assertTrue(signed.contains(SLUG), signed);
            assertTrue(signed.contains(partner), signed);
            assertFalse(signed.contains(email) || signed.contains("Thida"), "personal data in the event: " + signed);

            confirmByEmail(email);
            String token = Partners.token(registered);
            await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).queryParam("petition", SLUG)
                    .when().get(LocalPlatform.GATEWAY + "/api/partner/tally")
                    .then().statusCode(200).body("total", equalTo(1)));
            String export = given().auth().oauth2(token).queryParam("petition", SLUG).accept("text/csv")
                    .when().get(LocalPlatform.GATEWAY + "/api/partner/signatures")
                    .then().statusCode(200).extract().asString();
            assertTrue(export.contains(email), export);
            assertTrue(export.contains("partner-newsletter"), "the host page's utm_source was not kept: " + export);
            partnersSeeOnlyTheirOwn(partner, token, email);
        }
    }

    /**
     * With real Keycloak tokens of two partners' own clients: the demo partner asking with this partner's slug
     * anywhere gets nothing of its signer, this partner asking with the demo partner's slug still gets only its own
     * tally, and neither opens the partners' registry (staff only), theirs or the other's.
     */
    private static void partnersSeeOnlyTheirOwn(String partner, String token, String email) {
        String demo = Keycloak.partnerToken();
        for (String param : List.of("partner", "partnerSlug", "slug", "client_id")) {
            given().auth().oauth2(demo).queryParam("petition", SLUG).queryParam(param, partner)
                    .when().get(LocalPlatform.GATEWAY + "/api/partner/tally")
                    .then().statusCode(200).body("partner", equalTo("demo-partner"));
            for (String accept : List.of("application/json", "text/csv")) {
                String signers = given().auth().oauth2(demo).accept(accept).queryParam("petition", SLUG)
                        .queryParam(param, partner).when().get(LocalPlatform.GATEWAY + "/api/partner/signatures")
                        .then().statusCode(200).extract().asString();
                assertFalse(signers.contains(email) || signers.contains("Thida"), "B's signer given to A: " + signers);
            }
            given().auth().oauth2(token).queryParam("petition", SLUG).queryParam(param, "demo-partner")
                    .when().get(LocalPlatform.GATEWAY + "/api/partner/tally")
                    .then().statusCode(200).body("partner", equalTo(partner)).body("total", equalTo(1));
        }
        for (String asker : List.of(demo, token)) {
            for (String slug : List.of(partner, "demo-partner")) {
                for (String path : List.of("/api/partners/{slug}", "/api/partners/{slug}/stats",
                        "/api/partners/{slug}/webhook-deliveries")) {
                    given().auth().oauth2(asker).when().get(LocalPlatform.GATEWAY + path, slug)
                            .then().statusCode(403);
                }
            }
        }
    }

    @Test
    void aSiteOnAnUnregisteredOriginGetsNeitherTheFrameNorTheLiveCount() throws Exception {
        String partner = "widget-" + UUID.randomUUID().toString().substring(0, 8);
        try (PartnerSite registeredSite = PartnerSite.start(partner);
                PartnerSite otherSite = PartnerSite.start(partner)) {
            Partners.register(partner, registeredSite.origin());

            browser.get(otherSite.origin() + "/");
            assertEquals("blocked", awaitText("cors"), "an unregistered site read the live count");
            WebElement frame = new WebDriverWait(browser, WAIT)
                    .until(d -> d.findElements(By.tagName("iframe")).stream().findFirst().orElse(null));
            Thread.sleep(2_000);
            browser.switchTo().frame(frame);
            List<WebElement> form = browser.findElements(By.name("email"));
            browser.switchTo().defaultContent();
            assertEquals(List.of(), form, "the sign form was shown in a frame of an unregistered site");
        }
    }

    private static void confirmByEmail(String email) {
        Map<String, Object> message = Mailbox.awaitMessageTo(email, WAIT);
        Matcher link = CONFIRM_LINK.matcher(String.valueOf(message.get("text")));
        assertTrue(link.find(), "no confirm link in the email");
        given().contentType(ContentType.JSON).body(Map.of("token", link.group(1)))
                .when().post(LocalPlatform.GATEWAY + "/api/signatures/confirm")
                .then().statusCode(200);
    }

    private static boolean pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
        return true;
    }

    private String awaitText(String id) {
        return awaitText(id, text -> !text.equals("pending"));
    }

    private String awaitText(String id, java.util.function.Predicate<String> done) {
        return new WebDriverWait(browser, WAIT).until((WebDriver d) -> {
            String text = d.findElement(By.id(id)).getText();
            return done.test(text) ? text : null;
        });
    }

    private WebElement find(String name) {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.name(name)));
    }

    private void fill(String name, String value) {
        WebElement field = find(name);
        field.clear();
        field.sendKeys(value);
    }

    private void check(String name) {
        WebElement box = find(name);
        if (!box.isSelected()) {
            box.click();
        }
    }
}
