package org.chorus.petition.web;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The embed parameters as they arrive, unchecked: in the query of GET /embed/{slug} (from widget.js), then in hidden
 * fields of its form. EmbedContexts makes sense of them.
 */
public record EmbedParams(String partner, String accent, String utmSource, String utmMedium, String utmCampaign,
        String source, String origin) {

    /** GET /embed/{slug}?partner=&accent=&utm_source=&utm_medium=&utm_campaign=&source=&origin= */
    public static class Query {
        @RestQuery
        public String partner;
        @RestQuery
        public String accent;
        @RestQuery("utm_source")
        public String utmSource;
        @RestQuery("utm_medium")
        public String utmMedium;
        @RestQuery("utm_campaign")
        public String utmCampaign;
        @RestQuery
        public String source;
        @RestQuery
        public String origin;

        EmbedParams params() {
            return new EmbedParams(partner, accent, utmSource, utmMedium, utmCampaign, source, origin);
        }
    }

    /** The hidden fields of the embedded form; the partner is the sign form's own field (SignForm.Posted). */
    public static class Form {
        @RestForm
        public String accent;
        @RestForm("utm_source")
        public String utmSource;
        @RestForm("utm_medium")
        public String utmMedium;
        @RestForm("utm_campaign")
        public String utmCampaign;
        @RestForm
        public String origin;

        EmbedParams params(String partner) {
            return new EmbedParams(partner, accent, utmSource, utmMedium, utmCampaign, null, origin);
        }
    }
}
