package org.chorus.petition.web;

import org.chorus.petition.rest.dto.SignRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The campaign parameters of the petition page, unchecked until CampaignSource makes sense of them. */
public final class CampaignParams {

    private CampaignParams() {
    }

    /** GET /p/{slug}?utm_source=&utm_medium=&utm_campaign=&source= (a shared link). */
    public static class Query {
        @RestQuery("utm_source")
        public String utmSource;
        @RestQuery("utm_medium")
        public String utmMedium;
        @RestQuery("utm_campaign")
        public String utmCampaign;
        @RestQuery
        public String source;

        SignRequest.Source source() {
            return CampaignSource.of(utmSource, utmMedium, utmCampaign, source);
        }
    }

    /** The hidden fields of the page's sign form that carry them on to its POST. */
    public static class Form {
        @RestForm("utm_source")
        public String utmSource;
        @RestForm("utm_medium")
        public String utmMedium;
        @RestForm("utm_campaign")
        public String utmCampaign;

        SignRequest.Source source() {
            return CampaignSource.of(utmSource, utmMedium, utmCampaign, null);
        }
    }
}
