package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.chorus.petition.rest.dto.SignRequest;
import org.junit.jupiter.api.Test;

class EmbedContextTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "form-action 'self'; frame-ancestors %s; base-uri 'none'";

    @Test
    void theFormMayBeFramedByTheGivenOriginsOnly() {
        EmbedContext embed = context("demo-partner", List.of("http://localhost:8090", "https://partner.example.org"));
        assertEquals(POLICY.formatted("http://localhost:8090 https://partner.example.org"),
                embed.contentSecurityPolicy());
    }

    @Test
    void withoutAnyOriginNobodyMayFrameIt() {
        assertEquals(POLICY.formatted("'none'"), context(null, List.of()).contentSecurityPolicy());
    }

    @Test
    void anOriginThatIsNoPlainOriginCannotAddToThePolicy() {
        EmbedContext embed = context(null, List.of("https://ok.example.org", "https://x.example; script-src *",
                "*", "https://ok.example.org/path"));
        assertEquals(POLICY.formatted("https://ok.example.org"), embed.contentSecurityPolicy());
    }

    @Test
    void onlyAKnownPartnersRegisteredPageHearsOfSignatures() {
        assertTrue(new EmbedContext("p", "P", List.of("https://a.org"), "https://a.org", null, null)
                .announcesSigning());
        assertFalse(new EmbedContext("p", "P", List.of("https://a.org"), null, null, null).announcesSigning());
        assertFalse(new EmbedContext(null, null, List.of("https://a.org"), "https://a.org", null, null)
                .announcesSigning());
    }

    @Test
    void theHiddenFieldsCarryColourCampaignAndOrigin() {
        EmbedContext embed = new EmbedContext("p", "P", List.of("https://a.org"), "https://a.org",
                new Accent("0a7d5e"), new SignRequest.Source("news", null, "spring"));
        assertEquals(List.of(new SignFormView.HiddenField("accent", "0a7d5e"),
                new SignFormView.HiddenField("utm_source", "news"),
                new SignFormView.HiddenField("utm_campaign", "spring"),
                new SignFormView.HiddenField("origin", "https://a.org")), embed.hiddenFields());
    }

    private static EmbedContext context(String partner, List<String> origins) {
        return new EmbedContext(partner, partner, origins, null, null, null);
    }
}
