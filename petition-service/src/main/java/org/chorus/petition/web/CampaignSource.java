package org.chorus.petition.web;

import java.util.ArrayList;
import java.util.List;

import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.web.SignFormView.HiddenField;

/**
 * The campaign a signer came from, as a shared link names it ({@code utm_source}, {@code utm_medium},
 * {@code utm_campaign}; {@code source} where there is no utm_source), carried in hidden fields of the sign form to
 * be stored with the signature. A value that SignRequest.Source would refuse (longer than 100 characters, or with
 * control characters) is dropped rather than refused: a signer cannot correct a hidden field.
 */
final class CampaignSource {

    /** As long as SignRequest.Source allows. */
    private static final int MAX_LENGTH = 100;

    private CampaignSource() {
    }

    /** @return null when no value is left */
    static SignRequest.Source of(String utmSource, String utmMedium, String utmCampaign, String source) {
        String cleanedSource = cleaned(utmSource);
        if (cleanedSource == null) {
            cleanedSource = cleaned(source);
        }
        String medium = cleaned(utmMedium);
        String campaign = cleaned(utmCampaign);
        return cleanedSource == null && medium == null && campaign == null ? null
                : new SignRequest.Source(cleanedSource, medium, campaign);
    }

    static List<HiddenField> hiddenFields(SignRequest.Source source) {
        List<HiddenField> fields = new ArrayList<>();
        if (source != null) {
            addIfSet(fields, "utm_source", source.utm_source());
            addIfSet(fields, "utm_medium", source.utm_medium());
            addIfSet(fields, "utm_campaign", source.utm_campaign());
        }
        return fields;
    }

    private static void addIfSet(List<HiddenField> fields, String name, String value) {
        if (value != null) {
            fields.add(new HiddenField(name, value));
        }
    }

    private static String cleaned(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        boolean fits = !s.isEmpty() && s.length() <= MAX_LENGTH && s.codePoints().noneMatch(Character::isISOControl);
        return fits ? s : null;
    }
}
