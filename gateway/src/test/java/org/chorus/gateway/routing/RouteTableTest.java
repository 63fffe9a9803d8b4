package org.chorus.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest
    @CsvSource({
            "/api/petitions, PETITION", "/api/petitions/a/signatures, PETITION", "/api/signatures/confirm, PETITION",
            "/api/partners, PETITION", "/api/partners/a/stats, PETITION", "/api/partner/tally, PETITION",
            "/p/a, PETITION", "/confirm, PETITION", "/withdraw, PETITION", "/widget.js, PETITION",
            "/embed/a, PETITION", "/api/letters/batches/1, LETTER", "/api/letters, LETTER",
            "/api/notifications/messages, NOTIFICATION", "/unsubscribe, NOTIFICATION", "/console, CONSOLE",
            "/console/, CONSOLE", "/console/batches/1, CONSOLE",
            "/api/audit/petitions, PETITION", "/api/audit/letters, LETTER", "/api/audit/notifications, NOTIFICATION" })
    void pathsGoToTheirService(String path, Downstream expected) {
        assertEquals(Optional.of(expected), RouteTable.route(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/api", "/api/petitionsx", "/confirm/x", "/widget.js/x", "/q/health", "/letters",
            "/internal", "/internal/partner-origins", "/consoles", "/q/console", "/api/audit", "/api/audit/gateway",
            "/api/audit/letters/x" })
    void otherPathsGoNowhere(String path) {
        assertEquals(Optional.empty(), RouteTable.route(path));
    }
}
