package org.chorus.letter.attack;

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
 * past the limit), never 500. The body is read before any id is looked up, so the ids name nothing.
 */
@QuarkusTest
@TestSecurity(user = "cara", roles = { "campaigner", "approver" })
class DeepAndLargeBodyTest {

    /** quarkus.http.limits.max-body-size */
    private static final int LIMIT = 64 * 1024;

    private static final List<Endpoint> ENDPOINTS = Stream.of(
            "POST /api/letters/batches",
            "POST /api/letters/batches/" + UUID.randomUUID() + "/letters/" + UUID.randomUUID() + "/replies",
            "POST /api/letters/targets",
            "PUT /api/letters/targets/" + UUID.randomUUID(),
            "PUT /api/letters/groups/some-group",
            "POST /api/letters/council-terms",
            "PUT /api/letters/templates/some-petition/en").map(Endpoint::of).toList();

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
        for (Endpoint endpoint : ENDPOINTS) {
            assertTooLarge(requests().stream(endpoint, body), LIMIT, endpoint.toString());
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (Endpoint endpoint : ENDPOINTS) {
            assertTooLarge(requests().declare(endpoint, LIMIT + 1), LIMIT, endpoint.toString());
        }
    }

    /** A chunked body within the limit is read whole and handled as if its length had been declared. */
    @Test
    void streamedBodyWithinTheLimitIsRead() throws Exception {
        Answer answer = requests().stream(Endpoint.of("POST /api/letters/batches"), "{}");

        assertEquals(400, answer.status());
        assertEquals("petition", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private BodyRequests requests() {
        return new BodyRequests(root);
    }
}
