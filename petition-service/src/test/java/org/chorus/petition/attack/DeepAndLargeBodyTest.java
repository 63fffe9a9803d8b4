package org.chorus.petition.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.chorus.testing.bodies.Answer;
import org.chorus.testing.bodies.Endpoint;
import org.chorus.testing.bodies.HostileBodiesContract;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * petition-service's JSON endpoints, public and staff, against bodies built to hurt a JSON parser
 * (HostileBodiesContract), and chunked bodies Vert.x cannot read.
 */
@QuarkusTest
class DeepAndLargeBodyTest extends HostileBodiesContract {

    @Inject
    TestPetitions petitions;

    @TestHTTPResource("/")
    URI root;

    @Override
    protected URI root() {
        return root;
    }

    @Override
    protected List<Endpoint> jsonEndpoints() {
        String open = petitions.create(Petition.Status.OPEN).slug;
        String draft = petitions.create(Petition.Status.DRAFT).slug;
        return List.of(
                sign(open),
                Endpoint.of("POST /api/signatures/confirm"),
                Endpoint.of("POST /api/signatures/withdraw"),
                staff("POST /api/petitions"),
                staff("PUT /api/petitions/" + draft),
                staff("POST /api/petitions/" + open + "/signatures/invalidate"),
                staff("POST /api/petitions/" + open + "/sensitive-states"));
    }

    /** Vert.x reads a chunked body before the service does, and refuses what it cannot read, as problems too. */
    @Test
    void brokenChunkedBodyIsAMalformedBody() throws Exception {
        Answer answer = requests().raw(sign(petitions.create(Petition.Status.OPEN).slug), "zz\r\n{}\r\n0\r\n\r\n",
                "Transfer-Encoding: chunked");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("/problems/malformed-body", answer.json().getString("type"));
    }

    @Test
    void chunkedBodyWithAnUnknownExpectationIsRefused() throws Exception {
        Answer answer = requests().raw(sign(petitions.create(Petition.Status.OPEN).slug), "2\r\n{}\r\n0\r\n\r\n",
                "Transfer-Encoding: chunked", "Expect: something-else");

        assertEquals(417, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(417, answer.json().getInteger("status"));
    }

    private static Endpoint sign(String slug) {
        return Endpoint.of("POST /api/petitions/" + slug + "/signatures");
    }

    private static Endpoint staff(String methodAndPath) {
        return Endpoint.of(methodAndPath).withHeader("Authorization",
                "Bearer " + KeycloakTokens.withRealmRoles("campaigner"));
    }
}
