package org.chorus.letter.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.chorus.testing.bodies.Answer;
import org.chorus.testing.bodies.Endpoint;
import org.chorus.testing.bodies.HostileBodiesContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * letter-service's endpoints that take a body, against bodies built to hurt a JSON parser (HostileBodiesContract).
 * The body is read before any id is looked up, so the ids name nothing.
 */
@QuarkusTest
class DeepAndLargeBodyTest extends HostileBodiesContract {

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI root() {
        return root;
    }

    @Override
    protected List<Endpoint> jsonEndpoints() {
        return Stream.of(
                "POST /api/letters/batches",
                "POST /api/letters/batches/" + UUID.randomUUID() + "/letters/" + UUID.randomUUID() + "/replies",
                "POST /api/letters/targets",
                "PUT /api/letters/targets/" + UUID.randomUUID(),
                "PUT /api/letters/groups/some-group",
                "POST /api/letters/council-terms",
                "PUT /api/letters/templates/some-petition/en").map(Endpoint::of).toList();
    }

    /** A chunked body within the limit is read whole and handled as if its length had been declared. */
    @Test
    void streamedBodyWithinTheLimitIsRead() throws Exception {
        Answer answer = requests().stream(Endpoint.of("POST /api/letters/batches"), "{}");

        assertEquals(400, answer.status());
        assertEquals("petition", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
