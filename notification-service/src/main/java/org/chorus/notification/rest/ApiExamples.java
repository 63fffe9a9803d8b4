package org.chorus.notification.rest;

/**
 * Example bodies for the OpenAPI document (/q/openapi), named once so that the annotations on the resources stay
 * short. Made-up addresses only.
 */
final class ApiExamples {

    static final String BOUNCE = """
            {"messageId": "<0190f5c2-3b4d-7e8f-9a0b-1c2d3e4f5a6b@chorus.example.org>", "type": "hard",
             "diagnostic": "550 5.1.1 mailbox unavailable"}""";

    static final String EMAIL = """
            {"id": "0190f5c2-3b4d-7e8f-9a0b-1c2d3e4f5a6b", "kind": "CONFIRMATION", "status": "BOUNCED",
             "recipient": "a***@example.org", "subject": "Please confirm your signature", "locale": "en",
             "attempts": 1, "createdAt": "2026-12-01T09:00:00Z", "sentAt": "2026-12-01T09:00:02Z",
             "bouncedAt": "2026-12-01T09:05:00Z", "lastError": "bounce reported: 550 5.1.1 mailbox unavailable"}""";

    private ApiExamples() {
    }
}
