package org.chorus.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import io.restassured.http.ContentType;

/**
 * A whole campaign run from the console in Debian's Chromium, against the real platform and the real Keycloak: a
 * campaigner signs in, creates and publishes a petition and writes its letter; signatures arrive and the dashboard's
 * count rises without a reload; the campaigner creates a batch; the approver finds it under "awaiting approval",
 * opens a letter's PDF and approves; the campaigner dispatches, and the letters arrive in the mailbox. Then what must
 * be refused is: no session, a partner, a form without its CSRF token, approving one's own batch, an approver editing
 * a letter. Every page visited is saved as a screenshot and checked by axe-core (ConsoleBrowser).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/confirm\\?token=([^\\s\"'<>&]+)");
    private static final String SLUG = "console-walk-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TITLE = "Stop the jet fuel " + SLUG.substring(13);

    private static LocalPlatform platform;
    private static String batchId;
    private static String firstSigner;

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

    @Test
    @Order(1)
    void aCampaignerCreatesAndPublishesAPetitionWritesItsLetterAndWatchesSignaturesArrive() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.look("home-campaigner");
            assertTrue(casey.text().contains("Welcome, campaigner"), casey.text());
            casey.open("petitions/new");
            casey.look("petition-new");
            fill(casey, Map.of("slug", SLUG, "title", TITLE,
                    "summary", "States must stop the aviation fuel that the junta's air strikes run on.",
                    "body", "Since 2021 the military has bombed schools, clinics and villages from the air.",
                    "demands", "fuel: Stop every supply of aviation fuel to Myanmar\nicc: Refer Myanmar to the ICC",
                    "goal", "10", "consentProcessing", "Chorus keeps my name, email and country for this petition.",
                    "consentUpdates", "Send me news of this campaign.",
                    "consentPartner", "Share my signature with the partner that showed me this petition.",
                    "consentNameInLetters", "Print my name in the letters to governments."));
            fill(casey, Map.of("locales", "en, fr"));
            casey.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            casey.waitFor(By.xpath("//button[text()='Publish']"));
            casey.look("petition-draft");
            casey.driver.findElement(By.linkText("Preview in en")).click();
            casey.waitFor(By.tagName("h1"));
            assertTrue(casey.text().contains("Preview: not published, this form does not sign."), casey.text());
            assertTrue(casey.text().contains(TITLE), casey.text());
            casey.look("petition-preview-draft");
            casey.open("petitions/" + SLUG);
            casey.waitFor(By.id("tr-fr-title"));
            String frenchTitle = "Arrêtez le kérosène " + SLUG.substring(13);
            fill(casey, Map.of("tr-fr-title", frenchTitle));
            casey.look("petition-translating");
            casey.driver.findElement(By.xpath("//button[text()='Save the changes']")).click();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                casey.open("petitions/" + SLUG + "/preview/fr");
                casey.waitFor(By.tagName("h1"));
                return casey.text().contains(frenchTitle);
            });
            casey.look("petition-preview-draft-fr");
            casey.open("petitions/" + SLUG);
            casey.waitFor(By.xpath("//button[text()='Publish']"));
            assertEquals(frenchTitle, casey.driver.findElement(By.id("tr-fr-title")).getDomProperty("value"));
            casey.driver.findElement(By.xpath("//button[text()='Publish']")).click();
            casey.waitFor(By.xpath("//button[text()='Close the petition']"));
            casey.look("petition-open");

            // letter-service learns of the petition from its petition.published event, a moment after publishing
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                casey.open("petitions/" + SLUG + "/letters/en");
                casey.waitFor(By.id("subject"));
                casey.driver.findElement(By.id("subject")).clear();
                casey.driver.findElement(By.id("subject"))
                        .sendKeys("{counts.total} people ask you to act: {petition.title}");
                casey.driver.findElement(By.xpath("//button[text()='Save the letter']")).click();
                casey.waitFor(By.tagName("h1"));
                return !casey.driver.findElements(By.cssSelector("iframe.letter")).isEmpty();
            });
            casey.look("letter-template-en");

            // the preview follows the unsaved text a moment after typing stops (assets/letter-editor.js) ...
            fill(casey, Map.of("body", "<p>Dear {target.name}, typed but not saved: {counts.total}</p>"));
            casey.driver.switchTo().frame("letter-preview");
            try {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(
                        () -> casey.text().contains("Dear France, typed but not saved: 0"));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                String frame = casey.driver.getPageSource();
                casey.driver.switchTo().defaultContent();
                casey.lookOnly("letter-preview-not-live");
                throw new AssertionError("the preview frame shows: " + frame, e);
            }
            casey.driver.switchTo().defaultContent();
            casey.look("letter-preview-live");
            // ... and a template error is shown at its line, in the preview and on saving, nothing saved
            fill(casey, Map.of("body", "<p>{counts.total} people</p>\n<p>{petition.nosuchthing}</p>"));
            casey.driver.findElement(By.id("preview-button")).click();
            casey.driver.switchTo().frame("letter-preview");
            casey.waitFor(By.id("error-line"));
            assertTrue(casey.driver.findElement(By.id("error-line")).getText().contains("petition.nosuchthing"),
                    casey.text());
            casey.driver.switchTo().defaultContent();
            casey.driver.findElement(By.xpath("//button[text()='Save the letter']")).click();
            casey.waitFor(By.id("error-line"));
            List<String> marked = casey.driver.findElements(By.cssSelector(".template-lines li")).stream()
                    .map(li -> String.valueOf(li.getDomAttribute("id"))).toList();
            assertEquals(List.of("null", "error-line"), marked, "line 2 is marked");
            String saved = given().auth().oauth2(Keycloak.staffToken("campaigner", "campaigner"))
                    .get(LocalPlatform.GATEWAY + "/api/letters/templates/{slug}/en", SLUG)
                    .then().statusCode(200).extract().path("body");
            assertFalse(saved.contains("nosuchthing") || saved.contains("typed but not saved"), saved);
            casey.look("letter-template-error-line");

            casey.desktop();
            casey.open("petitions/" + SLUG + "/dashboard");
            casey.waitFor(By.id("total"));
            assertEquals("0", casey.driver.findElement(By.id("total")).getText());
            casey.driver.executeScript("window.chorusNotReloaded = true;");
            signAndConfirm("FR");
            signAndConfirm("MM");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                    () -> casey.driver.findElement(By.id("total")).getText().equals("2"));
            assertEquals(Boolean.TRUE, casey.driver.executeScript("return window.chorusNotReloaded === true;"),
                    "the count rose without a reload");
            casey.look("dashboard-live-desktop");
            casey.phone();
            casey.look("dashboard-live");
        }
    }

    @Test
    @Order(2)
    void theCampaignerCreatesABatchForTheSecurityCouncil() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.open("batches");
            casey.waitFor(By.id("petition"));
            // letter-service learns the new petition from its petition.published event
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                casey.open("batches");
                casey.waitFor(By.id("petition"));
                new Select(casey.driver.findElement(By.id("petition"))).selectByValue(SLUG);
                new Select(casey.driver.findElement(By.id("targetGroup"))).selectByValue("unsc");
                casey.driver.findElement(By.xpath("//button[text()='Create the batch']")).click();
                casey.waitFor(By.tagName("h1"));
                return casey.driver.getCurrentUrl().matches(".*/console/batches/[0-9a-f-]{36}$");
            });
            batchId = casey.driver.getCurrentUrl().replaceAll(".*/", "");
            casey.look("batch-created");
            assertEquals("AWAITING_APPROVAL", casey.driver.findElement(By.id("batch-status")).getText());
            assertTrue(casey.text().contains("Only an approver can approve a batch."), casey.text());
        }
    }

    @Test
    @Order(3)
    void theApproverFindsTheBatchAwaitingApprovalOpensAPdfAndApproves() {
        try (ConsoleBrowser approver = new ConsoleBrowser("approver").signIn("approver", "approver")) {
            approver.look("home-approver");
            approver.driver.findElement(By.linkText("See what waits for approval")).click();
            approver.waitFor(By.cssSelector("a[href='/console/batches/" + batchId + "']"));
            approver.look("batches-awaiting-approval");
            approver.driver.findElement(By.cssSelector("a[href='/console/batches/" + batchId + "']")).click();
            // each letter is printed to PDF after the batch was created; approval is offered once all are
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                approver.driver.navigate().refresh();
                approver.waitFor(By.id("batch-status"));
                return !approver.text().contains("PDF being printed");
            });
            approver.look("batch-review");
            String pdf = approver.driver.findElement(By.cssSelector("a.pdf-link")).getAttribute("href");
            Object head = approver.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                        + r.headers.get('content-type') + ' ' + new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))));
                    """, pdf);
            assertEquals("200 application/pdf %PDF-", head, "the letter's PDF opens through the console");
            approver.driver.get(pdf.replace("/pdf", ""));
            approver.look("letter-html");
            approver.open("batches/" + batchId);
            approver.waitFor(By.xpath("//button[text()='Approve these letters']"));
            approver.driver.findElement(By.xpath("//button[text()='Approve these letters']")).click();
            approver.waitFor(By.id("batch-status"));
            assertEquals("APPROVED", approver.driver.findElement(By.id("batch-status")).getText());
            approver.look("batch-approved");
        }
    }

    @Test
    @Order(4)
    void theCampaignerDispatchesAndTheLettersArrive() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.open("batches/" + batchId);
            casey.waitFor(By.xpath("//button[text()='Dispatch the letters']"));
            casey.driver.findElement(By.xpath("//button[text()='Dispatch the letters']")).click();
            casey.waitFor(By.id("batch-status"));
            assertEquals("DISPATCHED", casey.driver.findElement(By.id("batch-status")).getText());
            casey.look("batch-dispatched");
        }
        String token = Keycloak.staffToken("campaigner", "campaigner");
        List<Map<String, Object>> letters = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().auth().oauth2(token).get(LocalPlatform.GATEWAY + "/api/letters/batches/{id}", batchId)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("letters"),
                        all -> all.stream().allMatch(l -> "SENT".equals(l.get("status"))));
        assertEquals(15, letters.size());
        Map<String, Map<String, Object>> attachments = Mailbox.attachmentsByFilename();
        for (Map<String, Object> letter : letters) {
            assertNotNull(attachments.get("letter-" + letter.get("target") + "-" + letter.get("id") + ".pdf"),
                    "the letter to " + letter.get("target") + " arrived in the mailbox with its PDF");
        }
        Map<String, Object> toFrance = Mailbox.awaitSubjectTo("un-mission@fr.example.org", "2 people ask you to act: "
                + TITLE, Duration.ofSeconds(30));
        assertNotNull(toFrance);

        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.open("batches/" + batchId);
            casey.waitFor(By.partialLinkText("Replies"));
            String france = letters.stream().filter(l -> "FR".equals(l.get("target"))).findFirst().orElseThrow()
                    .get("id").toString();
            casey.open("batches/" + batchId + "/letters/" + france + "/replies");
            casey.waitFor(By.id("receivedAt"));
            new Select(casey.driver.findElement(By.id("kind"))).selectByValue("ACKNOWLEDGED");
            casey.driver.executeScript("arguments[0].value = arguments[1];", casey.driver.findElement(By.id("receivedAt")),
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
            fill(casey, Map.of("summary", "The mission of France acknowledged receipt"));
            casey.driver.findElement(By.xpath("//button[text()='Record the reply']")).click();
            casey.waitFor(By.id("replies"));
            assertTrue(casey.driver.findElement(By.id("replies")).getText()
                    .contains("The mission of France acknowledged receipt"), casey.text());
            casey.look("letter-reply-recorded");
        }
    }

    @Test
    @Order(5)
    void withoutASessionOrWithATamperedOneThePersonIsSentToSignIn() {
        try (ConsoleBrowser nobody = new ConsoleBrowser("nobody")) {
            nobody.open("batches");
            nobody.waitFor(By.id("kc-login"));
            assertTrue(nobody.driver.getCurrentUrl().startsWith("http://localhost:8180/realms/chorus/"));
        }
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            // the session's cookie, in chunks when the tokens it holds are long
            List<Cookie> session = casey.driver.manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).toList();
            assertFalse(session.isEmpty(), "the session is a cookie: " + casey.driver.manage().getCookies());
            assertTrue(session.stream().allMatch(Cookie::isHttpOnly), "that scripts cannot read");
            for (Cookie chunk : session) {
                casey.driver.manage().deleteCookieNamed(chunk.getName());
                casey.driver.manage().addCookie(new Cookie.Builder(chunk.getName(),
                        "tampered" + chunk.getValue().substring(8)).path("/console").build());
            }
            // and the Keycloak session ends too (its cookies are the host's, whatever the port), as it does after
            // its idle or absolute timeout: the person must sign in again
            casey.driver.get("http://localhost:8180/realms/chorus/account/");
            casey.driver.manage().deleteAllCookies();
            casey.open("batches");
            casey.waitFor(By.id("kc-login"));
            assertTrue(casey.driver.getCurrentUrl().startsWith("http://localhost:8180/realms/chorus/"));
        }
    }

    @Test
    @Order(6)
    void aPartnerAccountGetsThePageSayingTheConsoleIsNotForPartners() {
        try (ConsoleBrowser partner = new ConsoleBrowser("partner").signIn("partner", "partner")) {
            assertTrue(partner.text().contains("The console is not for partners"), partner.text());
            assertFalse(partner.text().contains("Petitions"), "no console page, not even its menu");
            partner.look("not-for-partners");
        }
    }

    @Test
    @Order(7)
    void aFormWithoutItsCsrfTokenAndAnAdminApprovingTheirOwnBatchAreRefusedAndChangeNothing() {
        try (ConsoleBrowser admin = new ConsoleBrowser("admin").signIn("admin", "admin")) {
            admin.open("batches");
            admin.waitFor(By.id("petition"));
            new Select(admin.driver.findElement(By.id("petition"))).selectByValue(SLUG);
            new Select(admin.driver.findElement(By.id("targetGroup"))).selectByValue("unsc");
            admin.driver.findElement(By.xpath("//button[text()='Create the batch']")).click();
            admin.waitFor(By.id("approval-refusal"));
            String own = admin.driver.getCurrentUrl().replaceAll(".*/", "");
            assertTrue(admin.text().contains("You created this batch, so another person must approve it"));
            admin.look("batch-own-four-eyes");

            String withoutToken = post(admin, "batches/" + own + "/approve", false);
            assertTrue(withoutToken.startsWith("400 "), withoutToken);
            assertTrue(withoutToken.contains("did not come from the console"), withoutToken);
            String withToken = post(admin, "batches/" + own + "/approve", true);
            assertTrue(withToken.startsWith("403 ") || withToken.startsWith("409 "), withToken);
            admin.driver.navigate().refresh();
            admin.waitFor(By.id("batch-status"));
            assertEquals("AWAITING_APPROVAL", admin.driver.findElement(By.id("batch-status")).getText());
        }
    }

    @Test
    @Order(8)
    void anApproverCannotChangeALetter() {
        String token = Keycloak.staffToken("campaigner", "campaigner");
        String before = given().auth().oauth2(token).get(LocalPlatform.GATEWAY + "/api/letters/templates/{slug}/en", SLUG)
                .then().statusCode(200).extract().path("body");
        try (ConsoleBrowser approver = new ConsoleBrowser("approver").signIn("approver", "approver")) {
            // an approver reads the petition whose letters they approve, with nothing to change on it
            approver.open("petitions/" + SLUG);
            approver.waitFor(By.tagName("h1"));
            assertTrue(approver.text().contains(TITLE), approver.text());
            assertTrue(approver.driver.findElements(By.xpath("//button[text()='Close the petition']")).isEmpty());
            approver.look("petition-approver");
            approver.open("petitions/" + SLUG + "/letters/en");
            approver.waitFor(By.tagName("h1"));
            assertTrue(approver.text().contains("Forbidden") || approver.text().contains("not allowed"), approver.text());
            approver.look("approver-refused-template");
            approver.open("");
            approver.waitFor(By.name("csrf-token"));
            String answer = (String) approver.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const body = new URLSearchParams();
                    body.set('csrf-token', document.querySelector('input[name=csrf-token]').value);
                    body.set('subject', 'Changed by the approver');
                    body.set('body', '<p>Changed by the approver</p>');
                    fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})
                        .then(r => r.text().then(t => done(r.status + ' ' + t)));
                    """, ConsoleBrowser.CONSOLE + "petitions/" + SLUG + "/letters/en");
            assertTrue(answer.startsWith("403 "), answer);
        }
        assertEquals(before, given().auth().oauth2(token)
                .get(LocalPlatform.GATEWAY + "/api/letters/templates/{slug}/en", SLUG).then().extract().path("body"));
    }

    @Test
    @Order(9)
    void theAuditTrailShowsEachStepWithTheRightPerson() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.open("audit?subject=" + batchId);
            casey.waitFor(By.id("audit"));
            List<String> batchSteps = rows(casey);
            assertTrue(batchSteps.stream().anyMatch(r -> r.contains(" campaigner batch.create ")), batchSteps.toString());
            assertTrue(batchSteps.stream().anyMatch(r -> r.contains(" approver batch.approve ")), batchSteps.toString());
            assertTrue(batchSteps.stream().anyMatch(r -> r.contains(" campaigner batch.dispatch ")), batchSteps.toString());
            // assets/times.js shows each time in the reader's own zone, keeping the UTC one as its tooltip
            var when = casey.driver.findElement(By.cssSelector("#audit tbody time[datetime]"));
            await().atMost(Duration.ofSeconds(30)).until(() -> when.getDomAttribute("title") != null);
            assertTrue(when.getDomAttribute("title").endsWith(" UTC"), when.getDomAttribute("title"));
            assertNotEquals(when.getDomAttribute("title"), when.getText());
            casey.look("audit-trail-batch");
            for (String action : List.of("petition.create", "petition.publish", "template.put")) {
                casey.open("audit?actor=campaigner&action=" + action);
                casey.waitFor(By.id("audit"));
                assertTrue(rows(casey).stream().anyMatch(r -> r.contains(SLUG)), action + ": " + rows(casey));
            }
            casey.desktop();
            casey.open("audit");
            casey.waitFor(By.id("audit"));
            casey.look("audit-trail-desktop");
        }
    }

    @Test
    @Order(10)
    void theOtherConsolePagesAreUsableOnAPhoneAndPassAxe() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            casey.open("petitions");
            casey.waitFor(By.linkText(TITLE));
            casey.look("petitions");
            lookUpTheFirstSigner(casey);
            assertEquals("CONFIRMED", casey.driver.findElement(By.id("signature-status")).getText());
            casey.look("signature-found");
            for (String page : List.of("emails", "partners", "partners/demo-partner", "directory",
                    "directory?group=unsc", "petitions/myanmar-arms-embargo", "petitions/myanmar-arms-embargo/letters/ar")) {
                casey.open(page);
                casey.waitFor(By.tagName("h1"));
                assertFalse(casey.text().contains("The console failed"), page + ": " + casey.text());
                casey.look(page.replaceAll("[^a-z]+", "-"));
            }
        }
    }

    /** Both walks look the first signer up the way a campaigner answering their email would: petition and address. */
    private void lookUpTheFirstSigner(ConsoleBrowser casey) {
        casey.open("signatures");
        casey.waitFor(By.id("email"));
        new Select(casey.driver.findElement(By.id("lookup-petition"))).selectByValue(SLUG);
        casey.driver.findElement(By.id("email")).sendKeys(firstSigner);
        casey.driver.findElement(By.xpath("//button[text()='Find it']")).click();
        casey.waitFor(By.id("signature-status"));
    }

    @Test
    @Order(11)
    void aPartnerIsRegisteredATargetEditedAFloodInvalidatedAndASignerWithdrawnFromTheirPages() {
        try (ConsoleBrowser casey = new ConsoleBrowser("campaigner").signIn("campaigner", "campaigner")) {
            String partner = "walk-" + SLUG.substring(13);
            casey.open("partners");
            casey.waitFor(By.id("allowedOrigins"));
            fill(casey, Map.of("slug", partner, "name", "Walk partner " + partner,
                    "allowedOrigins", "https://" + partner + ".example.org"));
            casey.driver.findElement(By.xpath("//button[text()='Register']")).click();
            casey.waitFor(By.id("client-secret"));
            assertFalse(casey.driver.findElement(By.id("client-secret")).getText().isBlank(), casey.text());
            casey.look("partner-registered");
            casey.open("partners/" + partner);
            casey.waitFor(By.tagName("h1"));
            assertTrue(casey.text().contains("https://" + partner + ".example.org"), casey.text());
            casey.look("partner-new");
            fill(casey, Map.of("allowedOrigins", "https://" + partner + ".example.org\nhttps://www." + partner + ".example.org"));
            casey.driver.findElement(By.xpath("//button[text()='Replace the origins']")).click();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> casey.text().contains("https://www." + partner + ".example.org,")
                            || casey.text().contains(", https://www." + partner + ".example.org"));
            casey.look("partner-origins-replaced");

            casey.open("directory");
            casey.waitFor(By.linkText("France"));
            casey.driver.findElement(By.linkText("France")).click();
            casey.waitFor(By.id("title-1"));
            String title = "Permanent Representative, checked " + SLUG.substring(13);
            fill(casey, Map.of("title-1", title));
            casey.driver.findElement(By.xpath("//button[text()='Save the contacts']")).click();
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> title.equals(casey.driver.findElement(By.id("title-1")).getAttribute("value")));
            casey.look("target-saved");

            String flood = "flood-" + SLUG.substring(13) + ".example";
            signAndConfirm("DE", flood);
            await().atMost(Duration.ofSeconds(30)).until(() -> total() == 3);
            casey.open("signatures");
            casey.waitFor(By.id("emailDomain"));
            new Select(casey.driver.findElement(By.id("inv-petition"))).selectByValue(SLUG);
            fill(casey, Map.of("emailDomain", flood));
            casey.driver.findElement(By.xpath("//button[text()='How many would this hit?']")).click();
            casey.waitFor(By.id("would-invalidate"));
            assertTrue(casey.driver.findElement(By.id("would-invalidate")).getText().contains("invalidate 1 signature"),
                    casey.text());
            assertEquals(3, total(), "the preview changes nothing");
            casey.look("invalidation-preview");
            casey.driver.findElement(By.xpath("//button[text()='Invalidate these 1']")).click();
            casey.waitFor(By.id("signature-message"));
            assertTrue(casey.driver.findElement(By.id("signature-message")).getText().startsWith("1 signature(s)"),
                    casey.text());
            casey.look("invalidation-done");
            await().atMost(Duration.ofSeconds(30)).until(() -> total() == 2);

            lookUpTheFirstSigner(casey);
            casey.driver.findElement(By.xpath("//button[text()=\"Withdraw it at the signer's request\"]")).click();
            casey.waitFor(By.id("signature-message"));
            assertTrue(casey.driver.findElement(By.id("signature-message")).getText().contains("withdrawn"),
                    casey.text());
            casey.look("signature-withdrawn");
            await().atMost(Duration.ofSeconds(30)).until(() -> total() == 1);

            casey.open("audit?actor=campaigner");
            casey.waitFor(By.id("audit"));
            for (String action : List.of("partner.register", "partner.origins", "target.update", "signatures.invalidate",
                    "signature.withdraw")) {
                assertTrue(rows(casey).stream().anyMatch(r -> r.contains(" " + action + " ")), action + ": " + rows(casey));
            }
        }
    }

    private static int total() {
        return given().when().get(LocalPlatform.GATEWAY + "/api/petitions/{slug}/tally", SLUG)
                .then().statusCode(200).extract().path("total");
    }

    private static List<String> rows(ConsoleBrowser browser) {
        return browser.driver.findElements(By.cssSelector("#audit tbody tr")).stream().map(r -> " " + r.getText() + " ")
                .toList();
    }

    /** A form posted from the page by script, with or without the page's CSRF token: "status text". */
    private static String post(ConsoleBrowser browser, String path, boolean withToken) {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams();
                const field = document.querySelector('input[name=csrf-token]');
                if (arguments[1] && field) { body.set('csrf-token', field.value); }
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)));
                """, ConsoleBrowser.CONSOLE + path, withToken);
    }

    private static void fill(ConsoleBrowser browser, Map<String, String> fields) {
        fields.forEach((id, value) -> {
            var field = browser.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    private static void signAndConfirm(String country) {
        signAndConfirm(country, "example.org");
    }

    private static void signAndConfirm(String country, String domain) {
        String email = "console-" + UUID.randomUUID() + "@" + domain;
        if (firstSigner == null) {
            firstSigner = email;
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Console Walk", "email", email, "country", country, "locale", "en",
                        "consents", Map.of("processing", true, "updates", false, "partner", false, "nameInLetters", true)))
                .post(LocalPlatform.GATEWAY + "/api/petitions/{slug}/signatures", SLUG)
                .then().statusCode(202);
        Matcher link = CONFIRM_LINK.matcher((String) Mailbox.awaitMessageTo(email, Duration.ofSeconds(60)).get("text"));
        assertTrue(link.find(), "the confirmation email has its link");
        given().contentType(ContentType.JSON)
                .body(Map.of("token", URLDecoder.decode(link.group(1), StandardCharsets.UTF_8)))
                .post(LocalPlatform.GATEWAY + "/api/signatures/confirm")
                .then().statusCode(200);
    }
}
