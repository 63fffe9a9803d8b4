package org.chorus.petition.rest;

/**
 * Example bodies for the OpenAPI document (/q/openapi), named once so that the annotations on the resources stay
 * short. Made-up people and addresses only.
 */
final class ApiExamples {

    static final String SIGN = """
            {"name": "Aung Aung", "email": "aung@example.org", "country": "MM", "postalCode": "11181", "locale": "my",
             "partner": "demo-partner", "source": {"utm_source": "newsletter"},
             "consents": {"processing": true, "updates": false, "partner": true, "nameInLetters": true}}""";

    static final String PENDING = """
            {"status": "PENDING"}""";

    static final String TOKEN = """
            {"token": "c1d2e3f4-the-token-from-the-email"}""";

    static final String CONFIRMED = """
            {"status": "CONFIRMED"}""";

    static final String WITHDRAWN = """
            {"status": "WITHDRAWN", "alreadySent": [{"batchId": "0190f5c2-3b4d-7e8f-9a0b-1c2d3e4f5a6b",
             "dispatchedAt": "2026-12-01T09:00:00Z", "targets": ["FR", "GB"]}]}""";

    static final String PETITION = """
            {"slug": "myanmar-arms-embargo", "locale": "en", "title": "Stop the flow of arms to Myanmar's junta",
             "summary": "...", "body": "...", "demands": [{"id": "arms-embargo", "text": "Impose an arms embargo"}],
             "goal": 100000, "status": "OPEN", "signatureCount": 1234, "locales": ["en", "my"],
             "sensitiveStates": ["MM"], "closesAt": null}""";

    static final String TALLY = """
            {"total": 1234, "byCountry": {"MM": 800, "TH": 434}, "updatedAt": "2026-12-01T09:00:00Z"}""";

    static final String PARTNER_TALLY = """
            {"petition": "myanmar-arms-embargo", "partner": "demo-partner", "total": 120, "byCountry": {"MM": 120},
             "updatedAt": "2026-12-01T09:00:00Z"}""";

    static final String PARTNER_SIGNERS = """
            {"petition": "myanmar-arms-embargo", "partner": "demo-partner", "page": 0, "pageSize": 100, "total": 1,
             "signers": [{"name": "Aung Aung", "email": "aung@example.org", "country": "MM", "postalCode": "11181",
             "locale": "my", "confirmedAt": "2026-12-01T09:00:00Z", "source": {"utm_source": "newsletter"},
             "consentUpdates": false}]}""";

    static final String PETITION_REQUEST = """
            {"slug": "myanmar-arms-embargo", "title": "Stop the flow of arms to Myanmar's junta", "summary": "...",
             "body": "...", "demands": [{"id": "arms-embargo", "text": "Impose an arms embargo"}], "goal": 100000,
             "locales": ["en"], "consentVersion": "2026-11", "consentTexts": {"processing": "...", "updates": "...",
             "partner": "...", "nameInLetters": "..."}, "sensitiveStates": ["MM"]}""";

    static final String SENSITIVE_STATES = """
            {"add": ["MM"]}""";

    static final String INVALIDATION = """
            {"emailDomain": "spam.example", "signedFrom": "2026-12-01T09:00:00Z",
             "signedUntil": "2026-12-01T10:00:00Z"}""";

    static final String INVALIDATED = """
            {"invalidated": 412}""";

    static final String WOULD_INVALIDATE = """
            {"wouldInvalidate": 412}""";

    static final String LOOKUP = """
            {"email": "aung@example.org"}""";

    static final String PARTNER_REQUEST = """
            {"slug": "burma-action", "name": "Burma Action", "allowedOrigins": ["https://burma-action.example.org"],
             "contact": "web@burma-action.example.org", "webhookUrl": "https://burma-action.example.org/chorus"}""";

    static final String REGISTERED_PARTNER = """
            {"slug": "burma-action", "name": "Burma Action", "allowedOrigins": ["https://burma-action.example.org"],
             "contact": "web@burma-action.example.org", "webhookUrl": "https://burma-action.example.org/chorus",
             "clientId": "burma-action", "clientSecret": "shown-this-once", "webhookSecret": "shown-this-once",
             "createdAt": "2026-12-01T09:00:00Z"}""";

    static final String ORIGINS = """
            {"allowedOrigins": ["https://burma-action.example.org", "https://www.burma-action.example.org"]}""";

    static final String WEBHOOK = """
            {"url": "https://burma-action.example.org/chorus"}""";

    static final String WEBHOOK_SET = """
            {"partner": "burma-action", "url": "https://burma-action.example.org/chorus",
             "webhookSecret": "shown-this-once"}""";

    private ApiExamples() {
    }
}
