package org.chorus.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.http.HttpMethod;

class RouteClassTest {

    @ParameterizedTest
    @CsvSource({
            "POST, /api/petitions/myanmar-arms-embargo/signatures, SIGNING",
            "POST, /p/myanmar-arms-embargo, SIGNING",
            "POST, /embed/myanmar-arms-embargo, SIGNING",
            "POST, /embed/myanmar-arms-embargo/sign, SIGNING",
            "POST, /api/signatures/confirm, SIGNING",
            "POST, /api/signatures/withdraw, SIGNING",
            "POST, /withdraw, SIGNING",
            "POST, /confirm, SIGNING",
            "GET, /p/myanmar-arms-embargo, READING",
            "GET, /embed/myanmar-arms-embargo, READING",
            "GET, /withdraw, READING",
            "GET, /confirm, READING",
            "GET, /api/petitions/myanmar-arms-embargo, READING",
            "GET, /api/petitions/myanmar-arms-embargo/tally/stream, READING",
            "GET, /widget.js, READING",
            "POST, /unsubscribe, READING",
            "GET, /api/letters/batches/b1/receipts/r1, READING",
            "GET, /nowhere, READING",
            "POST, /api/petitions, STAFF",
            "PUT, /api/petitions/myanmar-arms-embargo, STAFF",
            "GET, /api/petitions/myanmar-arms-embargo/signatures, STAFF",
            "GET, /api/petitions/myanmar-arms-embargo/preview, STAFF",
            "POST, /api/petitions/myanmar-arms-embargo/signatures/invalidate, STAFF",
            "POST, /api/partners, STAFF",
            "GET, /api/partners/demo-partner/stats, STAFF",
            "POST, /api/letters/batches, STAFF",
            "GET, /api/notifications/messages, STAFF",
            "GET, /api/audit/petitions, STAFF",
            "GET, /api/audit/letters, STAFF",
            "POST, /api/petitions/myanmar-arms-embargo/signatures/lookup, STAFF",
            "GET, /api/partner, PARTNER",
            "GET, /api/partner/signatures, PARTNER",
            "GET, /api/partner/tally, PARTNER",
            "GET, /console/, STAFF",
            "GET, /console, STAFF",
            "POST, /console/batches/b1/approve, STAFF" })
    void eachRequestHasItsClass(String method, String path, RouteClass expected) {
        assertEquals(expected, RouteClass.of(HttpMethod.valueOf(method), path));
    }
}
