package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Two replicas, so each allows half of the configured bursts: signing 3, reading 5, staff 2, partner 2. The rates
 * (1 a minute per replica) refill nothing while a test runs. The tests run from 127.0.0.1, a trusted proxy here, and
 * each names its own clients in X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RateLimitTest {

    private static final int SIGNING_SHARE = 3;
    private static final int READING_SHARE = 5;
    private static final String SIGN = "/api/petitions/myanmar-arms-embargo/signatures";
    private static final String READ = "/api/petitions/myanmar-arms-embargo";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("chorus.gateway.replicas", "2"),
                    Map.entry("chorus.gateway.trusted-proxies", "127.0.0.1"),
                    Map.entry("chorus.gateway.rate-limits.signing.per-minute", "2"),
                    Map.entry("chorus.gateway.rate-limits.signing.burst", "6"),
                    Map.entry("chorus.gateway.rate-limits.reading.per-minute", "2"),
                    Map.entry("chorus.gateway.rate-limits.reading.burst", "10"),
                    Map.entry("chorus.gateway.rate-limits.staff.per-minute", "2"),
                    Map.entry("chorus.gateway.rate-limits.staff.burst", "4"),
                    Map.entry("chorus.gateway.rate-limits.partner.per-minute", "2"),
                    Map.entry("chorus.gateway.rate-limits.partner.burst", "4"));
        }
    }

    @InjectStandIns
    StandIns standIns;

    @TestHTTPResource("/")
    URI root;

    @Test
    void eachReplicaAllowsItsShareThenRefusesWithProblemAndRetryAfter() {
        String client = newClient();
        for (int i = 0; i < SIGNING_SHARE; i++) {
            sign(client, "ok").statusCode(200);
        }
        String marker = UUID.randomUUID().toString();
        sign(client, marker).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::valueOf, allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(60)))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429))
                .body("detail", notNullValue());
        assertEquals(List.of(), standIns.seen(marker), "a refused request never reaches the service");
    }

    @Test
    void spentSigningBudgetLeavesReadingAlone() {
        String client = newClient();
        spendSigning(client);
        read(client).statusCode(200);
    }

    @Test
    void spentReadingBudgetLeavesSigningAlone() {
        String client = newClient();
        for (int i = 0; i < READING_SHARE; i++) {
            read(client).statusCode(200);
        }
        read(client).statusCode(429);
        sign(client, "ok").statusCode(200);
    }

    /** Counted before the token is checked: the first two are turned away for want of a token, the third for rate. */
    @Test
    void staffAndPartnerApisHaveBudgetsOfTheirOwn() {
        String client = newClient();
        for (String path : List.of("/api/letters/batches", "/api/partner/tally")) {
            for (int i = 0; i < 2; i++) {
                given().header("X-Forwarded-For", client).when().get(path).then().statusCode(401);
            }
            given().header("X-Forwarded-For", client).when().get(path).then().statusCode(429);
        }
        read(client).statusCode(200);
        sign(client, "ok").statusCode(200);
    }

    @Test
    void otherAddressesKeepTheirBudgets() {
        String client = newClient();
        spendSigning(client);
        sign(newClient(), "ok").statusCode(200);
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        int network = CLIENTS.incrementAndGet();
        spendSigning("2001:db8:" + network + ":1::1");
        sign("2001:db8:" + network + ":1:ffff:eeee:dddd:7", "ok").statusCode(429);
        sign("2001:db8:" + network + ":2::1", "ok").statusCode(200);
    }

    @Test
    void forwardedForFromAnUntrustedPeerCountsAgainstThePeer() throws Exception {
        // 127.0.0.5 is this machine too, but not a trusted proxy: what it claims in X-Forwarded-For is ignored.
        for (int i = 0; i < SIGNING_SHARE; i++) {
            assertEquals(200, signFrom("127.0.0.5", newClient()));
        }
        assertEquals(429, signFrom("127.0.0.5", newClient()));
        sign(newClient(), "ok").statusCode(200);
    }

    @Test
    void tallyStreamCountsOnceForItsConnection() throws Exception {
        String client = newClient();
        String marker = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(root.resolve(READ + "/tally/stream?marker=" + marker))
                .header("Accept", "text/event-stream")
                .header("X-Forwarded-For", client)
                .build();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
        Iterator<String> lines = stream.body().iterator();
        assertEquals("data: first", nextLine(lines));
        standIns.petition().releaseStream(marker);
        assertEquals("", nextLine(lines));
        assertEquals("data: second", nextLine(lines));

        for (int i = 1; i < READING_SHARE; i++) {
            read(client).statusCode(200);
        }
        read(client).statusCode(429);
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + n / 256 + "." + n % 256;
    }

    private void spendSigning(String client) {
        for (int i = 0; i < SIGNING_SHARE; i++) {
            sign(client, "ok").statusCode(200);
        }
        sign(client, "ok").statusCode(429);
    }

    private static ValidatableResponse sign(String client, String marker) {
        return given().header("X-Forwarded-For", client).contentType("application/json").body("{}")
                .when().post(SIGN + "?marker=" + marker).then();
    }

    private static ValidatableResponse read(String client) {
        return given().header("X-Forwarded-For", client).when().get(READ).then();
    }

    /** Signs over a connection from {@code localAddress}, and returns the status. */
    private int signFrom(String localAddress, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(root.getHost(), root.getPort()), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SIGN + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static String nextLine(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(lines::next).get(5, TimeUnit.SECONDS);
    }
}
