package org.chorus.petition.service;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.chorus.petition.rest.dto.PartnerSigner;

/** A partner's signers as CSV, written by the same formula-safe rules as the staff list (SignerCsv). */
public final class PartnerSignerCsv {

    static final List<String> HEADER = List.of("name", "email", "country", "postalCode", "locale", "confirmedAt",
            "utmSource", "utmMedium", "utmCampaign", "consentUpdates");

    private PartnerSignerCsv() {
    }

    public static void header(Writer out) throws IOException {
        SignerCsv.line(out, HEADER);
    }

    public static void row(Writer out, PartnerSigner s) throws IOException {
        SignerCsv.line(out, List.of(SignerCsv.text(s.name()), SignerCsv.text(s.email()), SignerCsv.text(s.country()),
                SignerCsv.text(s.postalCode()), SignerCsv.text(s.locale()), SignerCsv.text(s.confirmedAt()),
                SignerCsv.text(s.source().utm_source()), SignerCsv.text(s.source().utm_medium()),
                SignerCsv.text(s.source().utm_campaign()), SignerCsv.text(s.consentUpdates())));
    }
}
