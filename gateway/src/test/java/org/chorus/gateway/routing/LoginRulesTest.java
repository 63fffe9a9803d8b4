package org.chorus.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.http.HttpMethod;

class LoginRulesTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/petitions", "GET, /api/petitions/a/definition", "POST, /api/petitions/a/signatures/invalidate",
            "POST, /api/petitions", "PUT, /api/petitions/a", "DELETE, /api/petitions/a",
            "PATCH, /api/petitions/a", "POST, /api/petitions/a/publish", "POST, /api/petitions/a/close",
            "GET, /api/petitions/a/signatures", "HEAD, /api/petitions/a/signatures",
            "GET, /api/petitions/a/stats", "HEAD, /api/petitions/a/stats", "GET, /api/notifications/stats",
            "DELETE, /api/petitions/a/signatures", "POST, /api/petitions/a/signatures/export",
            "POST, /api/partners", "GET, /api/partners/a/stats", "GET, /api/partner/signatures",
            "GET, /api/letters/targets", "POST, /api/letters/batches/1/approve", "GET, /api/notifications/x",
            "POST, /api/letters/batches/b/receipts/s", "GET, /api/letters/batches/b/receipts/s/x",
            "GET, /api/letters/batches/b/letters/l", "GET, /api/audit/petitions", "GET, /api/audit/letters",
            "GET, /api/audit/notifications", "POST, /api/petitions/a/signatures/lookup",
            "POST, /api/petitions/a/signatures/s/withdraw", "POST, /api/petitions/a/signatures/invalidate/preview",
            "GET, /api/petitions/a/preview", "HEAD, /api/petitions/a/preview", "POST, /api/partner/openapi",
            "GET, /api/partner/openapi/x", "GET, /api/partner/openapix" })
    void staffAndPartnerRequestsNeedLogin(String method, String path) {
        assertEquals(true, LoginRules.requiresLogin(HttpMethod.valueOf(method), path));
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /api/petitions/a", "HEAD, /api/petitions/a",
            "POST, /api/petitions/a/signatures", "GET, /api/petitions/a/tally", "GET, /api/petitions/a/tally/stream",
            "POST, /api/signatures/confirm", "POST, /api/signatures/withdraw", "GET, /p/a", "POST, /p/a",
            "GET, /confirm", "GET, /withdraw", "GET, /widget.js", "GET, /embed/a", "GET, /unsubscribe",
            "POST, /unsubscribe", "GET, /api/letters/batches/b/receipts/s", "GET, /api/partner/openapi",
            "HEAD, /api/partner/openapi" })
    void publicRequestsNeedNoLogin(String method, String path) {
        assertEquals(false, LoginRules.requiresLogin(HttpMethod.valueOf(method), path));
    }
}
