package org.chorus.petition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The signer list with Accept: text/csv: every signer (no pages), quoted by RFC 4180, safe to open in a spreadsheet. */
@QuarkusTest
class SignerCsvExportTest {

    private static final String SIGNERS = "/api/petitions/{slug}/signatures";
    private static final String HEADER = "id,name,email,country,postalCode,locale,partner,status,consentProcessing,"
            + "consentUpdates,consentPartner,consentNameInLetters,consentNameToOwnGovernment,consentVersion,consentedAt,createdAt,confirmedAt";

    @Inject
    TestPetitions petitions;

    @Inject
    TestSigners signers;

    @Test
    void everySignerIsOneLineUnderTheHeader() {
        Petition p = petitions.create(Petition.Status.OPEN);
        signers.insert(p.id, 250, Signature.Status.CONFIRMED, "Signer", Instant.now().minus(1, ChronoUnit.DAYS));

        String csv = Staff.campaigner().accept("text/csv").when().get(SIGNERS, p.slug)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", containsString(p.slug + "-signers.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(HEADER, lines.get(0));
        assertEquals(251, lines.size(), "the header and all 250 signers, not a page of them");
        assertTrue(lines.get(1).contains(",Signer 0,"), lines.get(1));
        assertTrue(lines.get(250).contains(",Signer 249,"), lines.get(250));
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuoted() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant t = Instant.now().minus(1, ChronoUnit.HOURS);
        signers.insertOne(p.id, "Thida, \"Ma\"", "a@example.org", "11181", Signature.Status.CONFIRMED, t);
        signers.insertOne(p.id, "Two\nLines", "b@example.org", null, Signature.Status.CONFIRMED, t.plusSeconds(1));

        String csv = csv(p.slug);
        assertTrue(csv.contains(",\"Thida, \"\"Ma\"\"\",a@example.org,MM,11181,my,demo-partner,CONFIRMED,true,true,false,true,false,test-consent-1,"), csv);
        assertTrue(csv.contains(",\"Two\nLines\",b@example.org,MM,,my,"), csv);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadeText() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant t = Instant.now().minus(1, ChronoUnit.HOURS);
        signers.insertOne(p.id, "=HYPERLINK(\"http://evil.example\",\"x\")", "c@example.org", "+95", Signature.Status.PENDING, t);
        signers.insertOne(p.id, "-2+3", "d@example.org", "@SUM(A1)", Signature.Status.PENDING, t.plusSeconds(1));

        String csv = csv(p.slug);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",c@example.org,MM,'+95,"), csv);
        assertTrue(csv.contains(",'-2+3,d@example.org,MM,'@SUM(A1),"), csv);
    }

    @Test
    void statusFiltersTheExport() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant t = Instant.now().minus(1, ChronoUnit.HOURS);
        signers.insert(p.id, 2, Signature.Status.PENDING, "Pending", t);
        signers.insert(p.id, 3, Signature.Status.CONFIRMED, "Confirmed", t);

        String csv = Staff.campaigner().accept("text/csv").queryParam("status", "PENDING")
                .when().get(SIGNERS, p.slug).then().statusCode(200).extract().asString();
        assertEquals(3, csv.lines().count());
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",PENDING,")), csv);
    }

    @Test
    void withoutAcceptTheListIsJson() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Staff.campaigner().when().get(SIGNERS, p.slug)
                .then().statusCode(200).contentType(startsWith("application/json")).body("total", equalTo(0));
    }

    private static String csv(String slug) {
        return Staff.campaigner().accept("text/csv").when().get(SIGNERS, slug)
                .then().statusCode(200).extract().asString();
    }
}
