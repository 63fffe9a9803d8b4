package org.chorus.petition.attack;

import static org.chorus.testing.bodies.BodyProblems.assertMalformed;
import static org.chorus.testing.bodies.BodyProblems.assertTooLarge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.chorus.testing.bodies.Answer;
import org.chorus.testing.bodies.BodyRequests;
import org.chorus.testing.bodies.Endpoint;
import org.chorus.testing.bodies.HostileBodies;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bodies built to hurt a JSON parser, sent straight to the service (past the gateway): nested tens of thousands of
 * levels deep within the size limit, and larger than the limit. Each JSON endpoint answers 400 problem+json or 413
 * problem+json (from the declared length, before the body is read, or once a chunked body grows past the limit),
 * never 500.
 */
@QuarkusTest
class DeepAndLargeBodyTest {

    /** quarkus.http.limits.max-body-size */
    private static final int LIMIT = 64 * 1024;

    @Inject
    TestPetitions petitions;

    @TestHTTPResource("/")
    URI root;

    private List<Endpoint> endpoints() {
        String open = petitions.create(Petition.Status.OPEN).slug;
        String draft = petitions.create(Petition.Status.DRAFT).slug;
        return List.of(
                Endpoint.of("POST /api/petitions/" + open + "/signatures"),
                Endpoint.of("POST /api/signatures/confirm"),
                Endpoint.of("POST /api/signatures/withdraw"),
                staff("POST /api/petitions"),
                staff("PUT /api/petitions/" + draft),
                staff("POST /api/petitions/" + open + "/signatures/invalidate"),
                staff("POST /api/petitions/" + open + "/sensitive-states"));
    }

    @Test
    void deeplyNestedJsonIsAMalformedBody() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            for (String body : HostileBodies.nestedWithin(LIMIT)) {
                assertMalformed(requests().send(endpoint, body), endpoint + " with " + body.substring(0, 12) + "...");
            }
        }
    }

    /** Chunked, so that only reading it shows the size. */
    @Test
    void streamedNestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = HostileBodies.nestedArrays(100_000);
        for (Endpoint endpoint : endpoints()) {
            assertTooLarge(requests().stream(endpoint, body), LIMIT, endpoint.toString());
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            assertTooLarge(requests().declare(endpoint, LIMIT + 1), LIMIT, endpoint.toString());
        }
    }

    /** Vert.x reads a chunked body before the service does, and refuses what it cannot read, as problems too. */
    @Test
    void brokenChunkedBodyIsAMalformedBody() throws Exception {
        Endpoint sign = endpoints().get(0);
        Answer answer = requests().raw(sign, "zz\r\n{}\r\n0\r\n\r\n", "Transfer-Encoding: chunked");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("/problems/malformed-body", answer.json().getString("type"));
    }

    @Test
    void chunkedBodyWithAnUnknownExpectationIsRefused() throws Exception {
        Endpoint sign = endpoints().get(0);
        Answer answer = requests().raw(sign, "2\r\n{}\r\n0\r\n\r\n",
                "Transfer-Encoding: chunked", "Expect: something-else");

        assertEquals(417, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(417, answer.json().getInteger("status"));
    }

    private static Endpoint staff(String methodAndPath) {
        return Endpoint.of(methodAndPath).withHeader("Authorization",
                "Bearer " + KeycloakTokens.withRealmRoles("campaigner"));
    }

    private BodyRequests requests() {
        return new BodyRequests(root);
    }
}
