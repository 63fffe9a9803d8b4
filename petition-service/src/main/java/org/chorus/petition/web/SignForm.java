package org.chorus.petition.web;

import java.util.Locale;

import org.chorus.petition.rest.dto.SignRequest;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a signer typed into the sign form, kept to show it again when the form has errors. {@code partner} is the
 * slug of the partner whose link opened the page, carried in a hidden field; only then is the partner consent shown.
 */
public record SignForm(String name, String email, String country, String postalCode, boolean processing,
        boolean updates, boolean partnerConsent, boolean nameInLetters, boolean nameToOwnGovernment, String partner) {

    /** A partner slug as SignRequest accepts it; anything else is dropped rather than shown back. */
    private static final String PARTNER_SLUG = "[a-z0-9][a-z0-9-]{0,79}";

    static SignForm empty(String partner) {
        return new SignForm("", "", "", "", false, false, false, false, false, partnerOrNull(partner));
    }

    static String partnerOrNull(String partner) {
        return partner != null && partner.matches(PARTNER_SLUG) ? partner : null;
    }

    /** The same form, counted for {@code partner}, or for no partner (and without its consent) when null. */
    SignForm attributedTo(String partner) {
        return new SignForm(name, email, country, postalCode, processing, updates, partner != null && partnerConsent,
                nameInLetters, nameToOwnGovernment, partner);
    }

    /** @param source the campaign the signer came from, or null */
    SignRequest toRequest(String locale, SignRequest.Source source) {
        return new SignRequest(name, email, country, postalCode, locale, partner, source,
                new SignRequest.Consents(processing, updates, partner != null && partnerConsent, nameInLetters,
                        nameToOwnGovernment), null);
    }

    /** The posted fields, as the browser sends them. */
    public static class Posted {
        @RestForm
        public String name;
        @RestForm
        public String email;
        @RestForm
        public String country;
        @RestForm
        public String postalCode;
        @RestForm
        public boolean processing;
        @RestForm
        public boolean updates;
        @RestForm
        public boolean partnerConsent;
        @RestForm
        public boolean nameInLetters;
        @RestForm
        public boolean nameToOwnGovernment;
        @RestForm
        public String partner;
        @RestForm
        public String locale;
        /** The honeypot (FormGuard). */
        @RestForm
        public String website;
        @RestForm
        public String started;

        SignForm form() {
            return new SignForm(orEmpty(name), orEmpty(email), orEmpty(country).strip().toUpperCase(Locale.ROOT),
                    orEmpty(postalCode), processing, updates, partnerConsent, nameInLetters, nameToOwnGovernment,
                    partnerOrNull(partner));
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
