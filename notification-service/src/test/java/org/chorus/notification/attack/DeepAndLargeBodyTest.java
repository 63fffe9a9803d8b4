package org.chorus.notification.attack;

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

/** notification-service's endpoints that take a body, against bodies built to hurt a JSON parser. */
@QuarkusTest
class DeepAndLargeBodyTest extends HostileBodiesContract {

    private static final Endpoint BOUNCES = Endpoint.of("POST /api/notifications/bounces");

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI root() {
        return root;
    }

    @Override
    protected List<Endpoint> jsonEndpoints() {
        return List.of(BOUNCES);
    }

    /** The unsubscribe button posts a form. */
    @Override
    protected List<Endpoint> endpointsWithABody() {
        return Stream.concat(Stream.of(BOUNCES), Stream.of(
                "POST /api/notifications/emails/" + UUID.randomUUID() + "/resend", "POST /unsubscribe?token=x")
                .map(Endpoint::of)).toList();
    }

    /** A chunked body within the limit is read whole and handled as if its length had been declared. */
    @Test
    void streamedBodyWithinTheLimitIsRead() throws Exception {
        Answer answer = requests().stream(BOUNCES, "{\"messageId\":\"x\",\"type\":\"bounced\"}");

        assertEquals(400, answer.status());
        assertEquals("type", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
