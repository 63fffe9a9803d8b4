package org.chorus.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;

/** One real signature through the whole platform, started and stopped as the README says. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private static final String SLUG = "myanmar-arms-embargo";
    private static final Pattern WITHDRAW_LINK = Pattern.compile("(http://[^\\s\"'<>]+/withdraw\\?token=([^\\s\"'<>&]+))");
    private static final Pattern CONFIRM_LINK = Pattern.compile("(http://[^\\s\"'<>]+/confirm\\?token=([^\\s\"'<>&]+))");

    /** A staff API of each service, and the service's own address (to call it bypassing the gateway). */
    private static final Map<String, String> STAFF_APIS = Map.of(
            "/api/petitions", "http://localhost:8081",
            "/api/letters/targets?group=unsc", "http://localhost:8082",
            "/api/notifications/emails", "http://localhost:8083");
    private static final int SHORT_TOKEN_SECONDS = 15;

    private static LocalPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start();
        System.out.println("local platform ready in " + platform.startup().toSeconds() + " s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(0)
    void eachServiceRunsWithTheClassArchiveItsTrainingRunRecorded() throws Exception {
        for (String service : List.of("petition-service", "letter-service", "notification-service", "gateway")) {
            List<String> arguments = arguments(serviceProcess(service));
            String archive = arguments.stream().filter(LocalPlatformIT::isClassArchiveOption)
                    .map(arg -> arg.substring(arg.indexOf('=') + 1))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " runs without a class archive"));
            assertTrue(Files.size(Path.of(archive)) > 0, archive);
        }
    }

    @Test
    @Order(0)
    void thePartsNoSignerWaitsForRunAtALowerCpuPriority() throws IOException {
        assertEquals(0, nice(serviceProcess("petition-service")), "petition-service is on the signing path");
        assertEquals(0, nice(serviceProcess("gateway")), "the gateway is on the signing path");
        assertEquals(10, nice(serviceProcess("letter-service")), "letter-service runs at nice 10");
        assertEquals(10, nice(serviceProcess("notification-service")), "notification-service runs at nice 10");
    }

    /** Field 19 of /proc/PID/stat, counted from the state that follows the command name in parentheses. */
    private static int nice(ProcessHandle process) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }

    /** Java 17 to 24 start a service with its class archive, Java 25 and later with its AOT cache. */
    private static boolean isClassArchiveOption(String argument) {
        return argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-XX:AOTCache=");
    }

    @Test
    @Order(1)
    void demoPetitionIsPublishedThroughTheGateway() {
        given().when().get(LocalPlatform.GATEWAY + "/api/petitions/{slug}", SLUG)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("demands.size()", equalTo(5));
        given().when().get(LocalPlatform.GATEWAY + "/p/{slug}", SLUG)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\""));
    }

    @Test
    @Order(2)
    void aSignatureTravelsFromSigningToTheTallyAndTheLetterReadModelAndLeavesThemWhenWithdrawn() throws Exception {
        String campaigner = Keycloak.staffToken("campaigner", "campaigner");
        int tallyBefore = total();
        int signatoriesBefore = signatories(campaigner);
        String email = "thread-" + UUID.randomUUID() + "@example.org";
        String requestId = "it-" + UUID.randomUUID();

        given().contentType(ContentType.JSON).header("X-Request-Id", requestId).body(signature(email))
                .when().post(LocalPlatform.GATEWAY + "/api/petitions/{slug}/signatures", SLUG)
                .then().statusCode(202).body("status", equalTo("PENDING")).header("X-Request-Id", requestId);

        Map<String, Object> mail = Mailbox.awaitMessageTo(email, Duration.ofSeconds(30));
        Matcher link = CONFIRM_LINK.matcher((String) mail.get("text"));
        assertTrue(link.find(), "the confirmation email has a confirm link: " + mail.get("text"));
        String token = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);

        given().when().get(link.group(1))
                .then().statusCode(200).body(containsString("<form method=\"post\" action=\"/confirm\">"));
        assertEquals(tallyBefore, total(), "opening the link confirms nothing");

        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(LocalPlatform.GATEWAY + "/api/signatures/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));

        // One request followed through the logs by its id; no address, no token in any of them.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertTrue(serviceLog("gateway").contains("request=" + requestId), "the gateway logs the request id");
            assertTrue(serviceLog("petition-service").contains("request=" + requestId), "so does petition-service");
        });
        for (String service : List.of("gateway", "petition-service", "letter-service", "notification-service")) {
            String log = serviceLog(service);
            assertFalse(log.contains(email), service + " logged the signer's address");
            assertFalse(log.contains(token) || log.contains(link.group(2)), service + " logged the confirm token");
        }

        // A platform that has just started is cold (no JIT yet, consumers on their first fetch): the 2-second
        // freshness of a warm tally is tested in petition-service; here the thread must simply arrive.
        await().atMost(Duration.ofSeconds(30)).until(() -> total() == tallyBefore + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatories(campaigner) == signatoriesBefore + 1);
        Map<String, Object> thanks = Mailbox.awaitSubjectTo(email, "Thank you", Duration.ofSeconds(30));
        assertTrue(WITHDRAW_LINK.matcher((String) thanks.get("text")).find(), "the thank-you has a withdraw link");

        given().contentType(ContentType.JSON).body(signature(email))
                .when().post(LocalPlatform.GATEWAY + "/api/petitions/{slug}/signatures", SLUG)
                .then().statusCode(202).body("status", equalTo("PENDING"));
        assertEquals(tallyBefore + 1, total(), "signing again never counts twice");

        Matcher withdraw = WITHDRAW_LINK.matcher((String) mail.get("text"));
        assertTrue(withdraw.find(), "the confirmation email has a withdraw link: " + mail.get("text"));
        given().when().get(withdraw.group(1))
                .then().statusCode(200).body(containsString("<form method=\"post\" action=\"/withdraw\">"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", URLDecoder.decode(withdraw.group(2), StandardCharsets.UTF_8)))
                .when().post(LocalPlatform.GATEWAY + "/api/signatures/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(30)).until(() -> total() == tallyBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatories(campaigner) == signatoriesBefore);
    }

    /**
     * The demo campaign's letters to the Security Council: created by a campaigner, approved by someone else,
     * dispatched; fifteen letters arrive, each with its PDF, and their statuses become SENT.
     */
    @Test
    @Order(3)
    void aCampaignerBatchesTheDemoLettersToTheCouncilAndAnApproverApproves() {
        String campaigner = Keycloak.staffToken("campaigner", "campaigner");
        String approver = Keycloak.staffToken("approver", "approver");
        // letter-service learns the demo petition from its petition.published, moments after the platform is up
        AtomicReference<String> batch = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> batch.set(
                given().auth().oauth2(campaigner).contentType(ContentType.JSON)
                        .body(Map.of("petition", SLUG, "targetGroup", "unsc"))
                        .when().post(LocalPlatform.GATEWAY + "/api/letters/batches")
                        .then().statusCode(201)
                        .body("letters.size()", equalTo(15))
                        .body("letters.find { it.target == 'FR' }.locale", equalTo("fr"))
                        .body("status", equalTo("AWAITING_APPROVAL"))
                        .extract().path("id")));
        given().auth().oauth2(campaigner)
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/approve", batch.get())
                .then().statusCode(403);
        // Each letter is printed to PDF after the batch was created; approval waits for them (409 until then), so
        // that the approver approves the PDFs that go out.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                given().auth().oauth2(approver)
                        .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/approve", batch.get())
                        .then().statusCode(200).body("status", equalTo("APPROVED")));
        int toFranceBefore = Mailbox.countTo("un-mission@fr.example.org");
        given().auth().oauth2(campaigner)
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/dispatch", batch.get())
                .then().statusCode(200).body("status", equalTo("DISPATCHED"));
        List<Map<String, Object>> letters = await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1)).until(() -> given().auth().oauth2(campaigner)
                        .when().get(LocalPlatform.GATEWAY + "/api/letters/batches/{id}", batch.get())
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("letters"),
                        all -> all.stream().allMatch(l -> "SENT".equals(l.get("status"))));
        Map<String, Map<String, Object>> attachments = Mailbox.attachmentsByFilename();
        for (Map<String, Object> letter : letters) {
            Map<String, Object> pdf = attachments.get("letter-" + letter.get("target") + "-" + letter.get("id") + ".pdf");
            assertNotNull(pdf, "the letter to " + letter.get("target") + " arrived with its PDF");
            assertEquals("application/pdf", pdf.get("contentType"));
            assertTrue(((Number) pdf.get("size")).intValue() > 1000, "a real PDF: " + pdf);
        }
        Map<String, Object> toFrance = Mailbox.awaitSubjectTo("un-mission@fr.example.org", "", Duration.ofSeconds(10));
        assertTrue(Mailbox.countTo("un-mission@fr.example.org") > toFranceBefore, "the letter reached France's mission");
        assertTrue(String.valueOf(toFrance.get("html")).contains("Merkle"), "the letter prints its manifest");
    }

    /**
     * Four eyes, with real Keycloak identities: the administrator holds the campaigner and the approver role, and
     * still cannot approve the batch they created; another person, the approver, can.
     */
    @Test
    @Order(3)
    void nobodyApprovesTheBatchTheyCreatedEvenHoldingBothRoles() {
        String admin = Keycloak.staffToken("admin", "admin");
        AtomicReference<String> batch = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> batch.set(
                given().auth().oauth2(admin).contentType(ContentType.JSON)
                        .body(Map.of("petition", SLUG, "targetGroup", "asean"))
                        .when().post(LocalPlatform.GATEWAY + "/api/letters/batches")
                        .then().statusCode(201).extract().path("id")));
        given().auth().oauth2(admin)
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/approve", batch.get())
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("type", containsString("four-eyes"));
        String approver = Keycloak.staffToken("approver", "approver");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                given().auth().oauth2(approver)
                        .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/approve", batch.get())
                        .then().statusCode(200).body("status", equalTo("APPROVED")));
    }

    /**
     * Real tokens of the local Keycloak with the role open the staff API of each service and the partner API,
     * through the gateway and directly; they are the tokens the refusals below are made from.
     */
    @Test
    @Order(3)
    void realTokensWithTheirRoleOpenTheirApisThroughTheGatewayAndDirectly() {
        String campaigner = Keycloak.staffToken("campaigner", "campaigner");
        STAFF_APIS.forEach((path, service) -> {
            for (String base : List.of(LocalPlatform.GATEWAY, service)) {
                given().auth().oauth2(campaigner).when().get(base + path).then().statusCode(200);
            }
        });
        String tally = "/api/partner/tally?petition=" + SLUG;
        for (String base : List.of(LocalPlatform.GATEWAY, "http://localhost:8081")) {
            given().auth().oauth2(Keycloak.partnerToken()).when().get(base + tally).then().statusCode(200)
                    .body("partner", equalTo("demo-partner"));
        }
    }

    /**
     * Every staff and partner endpoint the services serve (their OpenAPI documents), through the gateway and
     * directly on the service: no token, a real token with its signature tampered, its claims unsigned (alg none),
     * a genuine token of Keycloak's master realm, and a token Keycloak itself let expire -> 401; a valid token with
     * the wrong role (the demo partner on staff endpoints, a campaigner on partner endpoints) -> 403.
     */
    @Test
    @Order(3)
    void everyStaffAndPartnerEndpointRefusesMissingForgedForeignExpiredAndWrongRoleTokens() throws Exception {
        List<ProtectedEndpoints.Call> calls = ProtectedEndpoints.all();
        boolean eachServiceHasSome = ProtectedEndpoints.SERVICES.stream()
                .allMatch(service -> calls.stream().anyMatch(call -> call.service().equals(service)));
        assertTrue(calls.size() >= 30 && eachServiceHasSome
                && calls.stream().anyMatch(ProtectedEndpoints.Call::forPartners),
                "the services' OpenAPI documents name too few protected endpoints: " + calls);
        String cli = KeycloakAdmin.newPasswordClient(SHORT_TOKEN_SECONDS);
        try {
            ExpiringTokens expiring = ExpiringTokens.get(cli, SHORT_TOKEN_SECONDS);
            String campaigner = Keycloak.staffToken("campaigner", "campaigner");
            String partner = Keycloak.partnerToken();
            Map<String, String> forged = Map.of("tampered staff token", RealTokenAttacks.tampered(campaigner),
                    "unsigned staff token", RealTokenAttacks.unsigned(campaigner),
                    "tampered partner token", RealTokenAttacks.tampered(partner),
                    "unsigned partner token", RealTokenAttacks.unsigned(partner),
                    "master realm token", Keycloak.masterRealmToken());
            List<String> wrong = new ArrayList<>();
            for (ProtectedEndpoints.Call call : calls) {
                for (String base : List.of(LocalPlatform.GATEWAY, call.service())) {
                    expect(wrong, call, base, "no token", null, 401);
                    forged.forEach((what, token) -> expect(wrong, call, base, what, token, 401));
                    expect(wrong, call, base, "a token with the wrong role", call.forPartners() ? campaigner : partner,
                            403);
                }
            }
            expiring.awaitExpiry();
            for (ProtectedEndpoints.Call call : calls) {
                for (String base : List.of(LocalPlatform.GATEWAY, call.service())) {
                    expect(wrong, call, base, "an expired token", expiring.forRoleOf(call), 401);
                }
            }
            assertEquals(List.of(), wrong);
            System.out.println(calls.size() + " protected endpoints refused " + (forged.size() + 3)
                    + " kinds of token through the gateway and directly");
        } finally {
            KeycloakAdmin.deleteClient(cli);
        }
    }

    private static void expect(List<String> wrong, ProtectedEndpoints.Call call, String base, String what,
            String token, int status) {
        int answered = call.send(base, token == null ? given() : given().auth().oauth2(token)).statusCode();
        if (answered != status) {
            wrong.add(call + (base.equals(LocalPlatform.GATEWAY) ? " through the gateway" : " directly") + " with "
                    + what + ": " + answered + ", not " + status);
        }
    }

    /**
     * petition-service's account in Keycloak registers partners' clients and nothing else: with its own
     * client-credentials token it can neither read nor change a user, give any role, touch another client nor make a
     * client whose tokens carry a role; and a partner it registers still gets tokens with the role partner (only).
     */
    @Test
    @Order(3)
    void petitionServiceAccountCannotTouchUsersOrRoles() {
        String slug = "least-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> registered = Partners.register(slug, "https://least.example.org");
        PetitionServiceAccountAttacks attacks = new PetitionServiceAccountAttacks((String) registered.get("clientId"));
        try {
            assertEquals(List.of(), attacks.notRefused());
        } finally {
            attacks.undo();
        }
        String partner = Partners.token(registered);
        assertEquals(Map.of("roles", List.of("partner")), Jwt.claims(partner).get("realm_access"));
        given().auth().oauth2(partner).queryParam("petition", SLUG)
                .when().get(LocalPlatform.GATEWAY + "/api/partner/tally")
                .then().statusCode(200).body("partner", equalTo(slug));
        assertFalse(Keycloak.staffToken("campaigner", "campaigner").isEmpty(), "campaigner's password still works");
    }

    /** The gateway, letter-service and notification-service only check tokens: Keycloak issues none to them. */
    @Test
    @Order(3)
    void servicesThatOnlyCheckTokensGetNoneOfTheirOwn() {
        for (String service : List.of("gateway", "letter-service", "notification-service")) {
            given().formParam("grant_type", "client_credentials").formParam("client_id", service)
                    .formParam("client_secret", service + "-local-secret")
                    .when().post(LocalPlatform.KEYCLOAK + "/realms/chorus/protocol/openid-connect/token")
                    .then().statusCode(401);
        }
    }

    @Test
    @Order(3)
    void badInputAndMissingLoginGetProblems() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "email", "bad"))
                .when().post(LocalPlatform.GATEWAY + "/api/petitions/{slug}/signatures", SLUG)
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        given().when().get(LocalPlatform.GATEWAY + "/api/petitions/{slug}", "no-such-petition")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("petition", SLUG))
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches")
                .then().statusCode(401);
    }

    /**
     * kill -9 while a queue of emails is being sent: after the restart every email arrives. The sender sends one
     * email at a time and commits its SENT after SMTP accepted it, so at most the one email in flight at the kill
     * can arrive twice (with the same Message-ID); none is lost.
     */
    @Test
    @Order(4)
    void notificationServiceKilledInTheMiddleOfSendingLosesNoEmail() throws Exception {
        String prefix = "crash-" + UUID.randomUUID() + "-";
        List<String> addresses = IntStream.range(0, 200).mapToObj(i -> prefix + i + "@example.org").toList();
        assertEquals(addresses.size(), ParallelSigners.sign(SLUG, addresses), "every signature answered 202");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Mailbox.countsByAddressStartingWith(prefix).size() >= 20);
        ProcessHandle killed = serviceProcess("notification-service");
        assertTrue(killed.destroyForcibly());
        int arrivedBeforeTheKill = Mailbox.countsByAddressStartingWith(prefix).size();
        assertTrue(arrivedBeforeTheKill < addresses.size(), "the kill came while emails were still queued");

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Mailbox.countsByAddressStartingWith(prefix).size() == addresses.size());
        Thread.sleep(2_000);
        Map<String, Integer> counts = Mailbox.countsByAddressStartingWith(prefix);
        int duplicates = counts.values().stream().mapToInt(n -> n - 1).sum();
        assertTrue(duplicates <= 1, duplicates + " emails arrived twice: " + counts);
        assertTrue(platform.output().contains("notification-service stopped unexpectedly"), platform.output());
        System.out.println("kill -9 of notification-service after " + arrivedBeforeTheKill + " of " + addresses.size()
                + " emails: all arrived after the restart, " + duplicates + " twice");
    }

    /**
     * letter-service killed with kill -9 the moment a dispatch was answered: the dispatch and its events committed
     * together (outbox), so after the restart every letter goes out, to each contact exactly once.
     */
    @Test
    @Order(4)
    void letterServiceKilledRightAfterADispatchSendsEveryLetterOnce() {
        String campaigner = Keycloak.staffToken("campaigner", "campaigner");
        String batch = given().auth().oauth2(campaigner).contentType(ContentType.JSON)
                .body(Map.of("petition", SLUG, "targetGroup", "asean"))
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches")
                .then().statusCode(201).extract().path("id");
        String approver = Keycloak.staffToken("approver", "approver");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(approver)
                        .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/approve", batch)
                        .then().statusCode(200));
        given().auth().oauth2(campaigner)
                .when().post(LocalPlatform.GATEWAY + "/api/letters/batches/{id}/dispatch", batch)
                .then().statusCode(200);
        ProcessHandle killed = serviceProcess("letter-service");
        assertTrue(killed.destroyForcibly());

        List<Map<String, Object>> letters = await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> given().auth().oauth2(campaigner)
                        .when().get(LocalPlatform.GATEWAY + "/api/letters/batches/{id}", batch)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>> getList("letters"),
                        all -> all.stream().allMatch(l -> "SENT".equals(l.get("status"))));
        assertTrue(platform.output().contains("letter-service stopped unexpectedly"), platform.output());
        Map<String, Map<String, Object>> attachments = Mailbox.attachmentsByFilename();
        for (Map<String, Object> letter : letters) {
            Map<String, Object> pdf = attachments.get("letter-" + letter.get("target") + "-" + letter.get("id") + ".pdf");
            assertNotNull(pdf, "the letter to " + letter.get("target") + " arrived");
            assertEquals(2, pdf.get("count"), "once to the ministry, once to the mission: " + letter.get("target"));
        }
        System.out.println("kill -9 of letter-service right after dispatching " + letters.size()
                + " letters: every letter arrived once at each contact");
    }

    @Test
    @Order(5)
    void aServiceKilledWithKill9IsRestartedByTheStartCommand() {
        ProcessHandle killed = serviceProcess("petition-service");
        assertTrue(killed.destroyForcibly());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertTrue(platform.output().contains("petition-service stopped unexpectedly"), platform.output());
            given().when().get(LocalPlatform.GATEWAY + "/api/petitions/{slug}", SLUG)
                    .then().statusCode(200).body("status", equalTo("OPEN"));
        });
        assertTrue(serviceProcess("petition-service").pid() != killed.pid(), "a new petition-service process");
        assertTrue(platform.isRunning(), "the start command keeps running");
    }

    @Test
    @Order(6)
    void stoppingTheStartCommandLeavesNothingRunning() throws Exception {
        platform.stop();
        List<Integer> stillTaken = LocalPlatform.PORTS.stream().filter(LocalPlatform::portInUse).toList();
        assertEquals(List.of(), stillTaken, "ports still taken after stop:\n" + platform.output());
        assertFalse(platform.isRunning());
    }

    /** What a service wrote to its log on the local platform (.local/logs/). */
    private static String serviceLog(String service) throws java.io.IOException {
        Path logs = Path.of(System.getProperty("chorus.repo", "..")).toAbsolutePath().normalize().resolve(".local/logs");
        return Files.readString(logs.resolve(service + ".log"));
    }

    /** The running JVM of a service: the one whose command line names its packaged jar. */
    private static ProcessHandle serviceProcess(String service) {
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(process -> arguments(process).stream().anyMatch(arg -> arg.endsWith(jar)))
                .findFirst().orElseThrow(() -> new AssertionError(service + " is not running"));
    }

    private static List<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(List::of).orElse(List.of());
    }

    private static Map<String, Object> signature(String email) {
        return Map.of("name", "Thread Test", "email", email, "country", "MM", "locale", "en",
                "consents", Map.of("processing", true, "updates", false, "partner", false, "nameInLetters", false));
    }

    private static int total() {
        return given().when().get(LocalPlatform.GATEWAY + "/api/petitions/{slug}/tally", SLUG)
                .then().statusCode(200).extract().path("total");
    }

    private static int signatories(String token) {
        return given().auth().oauth2(token)
                .when().get(LocalPlatform.GATEWAY + "/api/letters/petitions/{slug}/signatories/summary", SLUG)
                .then().statusCode(200).extract().path("total");
    }
}
