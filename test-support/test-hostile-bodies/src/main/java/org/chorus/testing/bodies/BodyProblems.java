package org.chorus.testing.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;

/** The problem+json answers a service owes a body it cannot take, never a 500. */
public final class BodyProblems {

    private BodyProblems() {
    }

    public static void assertMalformed(Answer answer, String where) {
        assertEquals(400, answer.status(), where);
        assertEquals("application/problem+json", answer.contentType(), where);
        assertEquals(400, answer.json().getInteger("status"), where);
    }

    /** {@code limit}: the service's quarkus.http.limits.max-body-size, which the answer names. */
    public static void assertTooLarge(Answer answer, int limit, String where) {
        assertEquals(413, answer.status(), where);
        assertEquals("application/problem+json", answer.contentType(), where);
        JsonObject problem = answer.json();
        assertEquals("/problems/body-too-large", problem.getString("type"), where);
        assertEquals("Body too large", problem.getString("title"), where);
        assertEquals(413, problem.getInteger("status"), where);
        assertTrue(problem.getString("detail").contains("at most " + limit + " bytes"), where);
    }
}
