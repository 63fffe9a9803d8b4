package org.chorus.notification.attack;

import static org.chorus.testing.bodies.BodyProblems.assertMalformed;
import static org.chorus.testing.bodies.BodyProblems.assertTooLarge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.chorus.testing.bodies.Answer;
import org.chorus.testing.bodies.BodyRequests;
import org.chorus.testing.bodies.Endpoint;
import org.chorus.testing.bodies.HostileBodies;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Bodies built to hurt a JSON parser, sent straight to the service (past the gateway): nested tens of thousands of
 * levels deep within the size limit, and larger than the limit. Each endpoint that takes a body answers 400
 * problem+json or 413 problem+json (from the declared length, before the body is read, or once a chunked body grows
 * past the limit), never 500.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = { "admin", "campaigner" })
class DeepAndLargeBodyTest {

    /** quarkus.http.limits.max-body-size */
    private static final int LIMIT = 64 * 1024;

    private static final Endpoint BOUNCES = Endpoint.of("POST /api/notifications/bounces");

    /** The JSON endpoints. */
    private static final List<Endpoint> ENDPOINTS = List.of(BOUNCES);

    /** Every endpoint that takes a body: the unsubscribe button posts a form. */
    private static final List<Endpoint> WITH_BODY = Stream.concat(Stream.of(BOUNCES), Stream.of(
            "POST /api/notifications/emails/" + UUID.randomUUID() + "/resend", "POST /unsubscribe?token=x")
            .map(Endpoint::of)).toList();

    @TestHTTPResource("/")
    URI root;

    @Test
    void deeplyNestedJsonIsABadRequest() throws Exception {
        for (Endpoint endpoint : ENDPOINTS) {
            for (String body : HostileBodies.nestedWithin(LIMIT)) {
                assertMalformed(requests().send(endpoint, body), endpoint + " with " + body.substring(0, 12) + "...");
            }
        }
    }

    /** Chunked, so that only reading it shows the size. */
    @Test
    void streamedNestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = HostileBodies.nestedArrays(100_000);
        for (Endpoint endpoint : WITH_BODY) {
            assertTooLarge(requests().stream(endpoint, body), LIMIT, endpoint.toString());
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (Endpoint endpoint : WITH_BODY) {
            assertTooLarge(requests().declare(endpoint, LIMIT + 1), LIMIT, endpoint.toString());
        }
    }

    /** A chunked body within the limit is read whole and handled as if its length had been declared. */
    @Test
    void streamedBodyWithinTheLimitIsRead() throws Exception {
        Answer answer = requests().stream(BOUNCES, "{\"messageId\":\"x\",\"type\":\"bounced\"}");

        assertEquals(400, answer.status());
        assertEquals("type", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private BodyRequests requests() {
        return new BodyRequests(root);
    }
}
