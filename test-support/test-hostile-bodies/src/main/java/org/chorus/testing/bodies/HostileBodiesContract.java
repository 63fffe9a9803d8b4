package org.chorus.testing.bodies;

import static org.chorus.testing.bodies.BodyProblems.assertMalformed;
import static org.chorus.testing.bodies.BodyProblems.assertTooLarge;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;

/**
 * What every service owes bodies built to hurt a JSON parser, sent straight to it (past the gateway): nested tens of
 * thousands of levels deep within the size limit, a 400 problem+json; larger than the limit, a 413 problem+json (from
 * the declared length before the body is read, or once a chunked body grows past the limit); never a 500. A
 * service's test extends this and names its endpoints. The caller holds every staff role, so that no endpoint refuses
 * a body before it reads it (Quarkus looks for TestSecurity on the class that declares the test method: here).
 */
@TestSecurity(user = "hostile-bodies", roles = { "campaigner", "approver", "admin" })
public abstract class HostileBodiesContract {

    /** quarkus.http.limits.max-body-size of every service. */
    protected static final int LIMIT = 64 * 1024;

    /** Where the service under test answers. */
    protected abstract URI root();

    /** The endpoints that take JSON. */
    protected abstract List<Endpoint> jsonEndpoints();

    /** Every endpoint that takes a body, JSON or a form: the JSON ones unless the service has others. */
    protected List<Endpoint> endpointsWithABody() {
        return jsonEndpoints();
    }

    @Test
    void deeplyNestedJsonIsAMalformedBody() throws Exception {
        for (Endpoint endpoint : jsonEndpoints()) {
            for (String body : HostileBodies.nestedWithin(LIMIT)) {
                assertMalformed(requests().send(endpoint, body), endpoint + " with " + body.substring(0, 12) + "...");
            }
        }
    }

    /** Chunked, so that only reading it shows the size. */
    @Test
    void streamedNestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = HostileBodies.nestedArrays(100_000);
        for (Endpoint endpoint : endpointsWithABody()) {
            assertTooLarge(requests().stream(endpoint, body), LIMIT, endpoint.toString());
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (Endpoint endpoint : endpointsWithABody()) {
            assertTooLarge(requests().declare(endpoint, LIMIT + 1), LIMIT, endpoint.toString());
        }
    }

    protected BodyRequests requests() {
        return new BodyRequests(root());
    }
}
