package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.petition.web.FormGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.petition.abuse.per-client-address.requests", "3",
                    "chorus.petition.abuse.per-email-domain.requests", "5",
                    // the gateway on loopback (the test client) and a load balancer network in front of it
                    "chorus.petition.abuse.trusted-proxies", "127.0.0.1,::1,172.16.0.0/12");
        }
    }

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @Test
    void oneClientAddressIsLimitedWith429AndRetryAfterAndOthersStillSign() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 3; i++) {
            sign(p, "198.51.100.7", email()).then().statusCode(202);
        }
        sign(p, "198.51.100.7", email())
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, both(greaterThan(0)).and(lessThanOrEqualTo(20)))
                .body("type", equalTo("/problems/rate-limited"))
                .body("detail", containsString("try again"));
        sign(p, "198.51.100.8", email()).then().statusCode(202);
        assertEquals(4, petitions.signatures(p.id));
    }

    @Test
    void oneEmailDomainIsLimitedAcrossAddresses() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 5; i++) {
            sign(p, "192.0.2." + i, "someone-" + i + "@flood.example").then().statusCode(202);
        }
        sign(p, "192.0.2.99", "late@flood.example").then().statusCode(429).header("Retry-After", Integer::parseInt, both(greaterThan(0)).and(lessThanOrEqualTo(12)));
        sign(p, "192.0.2.98", email()).then().statusCode(202);
    }

    /** As the gateway counts: one subscriber's IPv6 block (/64) is one client, however many addresses it uses. */
    @Test
    void anIpv6ClientIsLimitedAcrossTheAddressesOfItsSlash64() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 1; i <= 3; i++) {
            sign(p, "2001:db8:7:1::" + i, email()).then().statusCode(202);
        }
        sign(p, "2001:db8:7:1:ffff::4", email()).then().statusCode(429);
        sign(p, "2001:db8:7:2::1", email()).then().statusCode(202);
    }

    @Test
    void aClientCannotPickItsAddressInXForwardedFor() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 3; i++) {
            sign(p, "10.1.1." + i + ", 198.51.100.50", email()).then().statusCode(202);
        }
        sign(p, "10.9.9.9, 198.51.100.50", email()).then().statusCode(429);
    }

    /** The gateway appends the address it was called from: behind a load balancer, the balancer's. */
    @Test
    void behindATrustedLoadBalancerEachSignerHasALimitOfTheirOwn() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 3; i++) {
            sign(p, "198.51.100.80, 172.16.0.5", email()).then().statusCode(202);
        }
        sign(p, "198.51.100.80, 172.16.0.5", email()).then().statusCode(429);
        sign(p, "198.51.100.81, 172.16.0.5", email()).then().statusCode(202);
        sign(p, "192.0.2.200, 198.51.100.82, 172.16.0.5", email()).then().statusCode(202);
    }

    @Test
    void theFormIsLimitedTooAndShowsThePageAgainWithWhatWasTyped() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 3; i++) {
            formFrom(p, "/p/{slug}", "198.51.100.60", email()).then().statusCode(200);
        }
        formFrom(p, "/p/{slug}", "198.51.100.60", email())
                .then().statusCode(429).contentType(containsString("text/html"))
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .body(containsString("Please wait a minute"))
                .body(containsString("value=\"Ma Thida\""));
        assertEquals(3, petitions.signatures(p.id));
    }

    @Test
    void theEmbeddedFormIsLimitedTooAndStaysFramable() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (int i = 0; i < 3; i++) {
            formFrom(p, "/embed/{slug}", "198.51.100.61", email()).then().statusCode(200);
        }
        formFrom(p, "/embed/{slug}", "198.51.100.61", email())
                .then().statusCode(429).contentType(containsString("text/html"))
                .header("Retry-After", Integer::parseInt, greaterThan(0))
                .header("Content-Security-Policy", containsString("frame-ancestors "))
                .body(containsString("Please wait a minute"))
                .body(containsString("<form method=\"post\" action=\"/embed/" + p.slug + "\">"))
                .body(containsString("value=\"Ma Thida\""));
        assertEquals(3, petitions.signatures(p.id));
    }

    @Test
    void theSignatureKeepsOnlyItsTruncatedNetwork() {
        Petition p = petitions.create(Petition.Status.OPEN);
        sign(p, "203.0.113.77", email()).then().statusCode(202);
        assertEquals("203.0.113.0/24", petitions.onlySignature(p.id).clientNetwork);
    }

    private Response formFrom(Petition p, String path, String forwardedFor, String email) {
        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", forwardedFor)
                .formParams(SignForms.filled(guard, p.slug, "Ma Thida", email))
                .when().post(path, p.slug);
    }

    /** Each at a domain of its own: only oneEmailDomainIsLimitedAcrossAddresses may use up a domain. */
    private static String email() {
        return "signer@" + UUID.randomUUID() + ".example";
    }

    /** The test client connects from 127.0.0.1, a trusted proxy, as the gateway does: X-Forwarded-For counts. */
    private static Response sign(Petition p, String forwardedFor, String email) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor)
                .body(Signer.body(email, "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug);
    }
}
