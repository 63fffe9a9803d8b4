package org.chorus.petition.service;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.chorus.petition.rest.dto.SignerView;

/**
 * The signer list as CSV (RFC 4180: comma, CRLF, double quotes). Signers type their own names, so every cell that a
 * spreadsheet would read as a formula (starting with = + - @, tab or carriage return) is made text with a leading '.
 */
public final class SignerCsv {

    static final List<String> HEADER = List.of("id", "name", "email", "country", "postalCode", "locale", "partner",
            "status", "consentProcessing", "consentUpdates", "consentPartner", "consentNameInLetters",
            "consentNameToOwnGovernment", "consentVersion", "consentedAt", "createdAt", "confirmedAt");

    private SignerCsv() {
    }

    public static void header(Writer out) throws IOException {
        line(out, HEADER);
    }

    public static void row(Writer out, SignerView s) throws IOException {
        line(out, List.of(text(s.id()), text(s.name()), text(s.email()), text(s.country()), text(s.postalCode()),
                text(s.locale()), text(s.partner()), s.status(), text(s.consents().processing()),
                text(s.consents().updates()), text(s.consents().partner()), text(s.consents().nameInLetters()),
                text(s.consents().nameToOwnGovernment()), text(s.consents().version()), text(s.consents().consentedAt()), text(s.createdAt()),
                text(s.confirmedAt())));
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One CSV line of these cells, each made formula-safe and quoted where it must be. */
    static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof Instant ? value.toString() : String.valueOf(value);
    }
}
