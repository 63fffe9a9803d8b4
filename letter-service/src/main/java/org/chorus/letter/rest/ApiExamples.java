package org.chorus.letter.rest;

/**
 * Example bodies for the OpenAPI document (/q/openapi), named once so that the annotations on the resources stay
 * short. Made-up people and addresses only.
 */
final class ApiExamples {

    static final String BATCH_REQUEST = """
            {"petition": "myanmar-arms-embargo", "targetGroup": "unsc", "cutoff": "2026-12-01T00:00:00Z"}""";

    static final String BATCH = """
            {"id": "0190f5c2-3b4d-7e8f-9a0b-1c2d3e4f5a6b", "status": "AWAITING_APPROVAL",
             "petition": "myanmar-arms-embargo", "cutoff": "2026-12-01T00:00:00Z", "targetGroup": "unsc",
             "snapshot": {"total": 1234, "byCountry": {"MM": 800, "TH": 434}},
             "letters": [{"id": "0190f5c2-4c5d-7e8f-9a0b-1c2d3e4f5a6b", "target": "FR", "targetName": "France",
             "locale": "fr", "status": "PENDING", "pdf": true}], "createdBy": "campaigner"}""";

    static final String TARGET = """
            {"code": "FR", "name": "France", "locale": "fr", "contacts": [{"role": "UN_MISSION",
             "name": "Permanent Mission of France", "email": "mission@example.org"}]}""";

    static final String GROUP = """
            {"name": "ASEAN", "members": ["TH", "ID", "MY", "PH", "SG"]}""";

    static final String COUNCIL_TERM = """
            {"code": "DK", "startsOn": "2025-01-01", "endsOn": "2026-12-31"}""";

    static final String TEMPLATE = """
            {"subject": "Refer Myanmar to the International Criminal Court",
             "body": "<p>{salutation},</p><p>{signatureCount} people ask you to ...</p>"}""";

    static final String REVIEW = """
            {"textSha256": "9f2c...the textSha256 of the text read"}""";

    static final String REPLY = """
            {"kind": "ACKNOWLEDGED", "receivedAt": "2026-12-03T10:00:00Z",
             "summary": "The mission acknowledged receipt."}""";

    static final String RECEIPT = """
            {"receipt": "3:0190f5c2-...:L5e0d...", "root": "5e0d...", "count": 1234,
             "verify": "letter-service/verify-receipt '3:0190f5c2-...:L5e0d...' 5e0d... 1234"}""";

    private ApiExamples() {
    }
}
