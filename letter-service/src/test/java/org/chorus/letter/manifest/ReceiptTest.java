package org.chorus.letter.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form a signer copies, and what its parser refuses. */
class ReceiptTest {

    private static final List<UUID> IDS = Rfc6962.randomIds(25, 7);
    private static final Manifest MANIFEST = Manifest.of(IDS);
    private static final Receipt RECEIPT = MANIFEST.proof(IDS.get(3)).orElseThrow();
    private static final String TEXT = RECEIPT.text();
    private static final String H = "a".repeat(64);

    @Test
    void textRoundTripsForEveryReceiptOfABatch() {
        for (UUID id : IDS) {
            Receipt receipt = MANIFEST.proof(id).orElseThrow();

            assertEquals(receipt, Receipt.parse(receipt.text()));
            assertEquals(receipt.text(), Receipt.parse(receipt.text()).text());
        }
    }

    @Test
    void textHasTheDocumentedLayout() {
        String expected = "chorus-receipt:v1:" + IDS.get(3) + ":" + RECEIPT.leafIndex() + ":25:"
                + MANIFEST.merkleRoot() + ":" + String.join(",", RECEIPT.path());

        assertEquals(expected, TEXT);
        assertEquals(5, RECEIPT.path().size());
    }

    @Test
    void receiptOfABatchOfOneHasAnEmptyPath() {
        Receipt single = Manifest.of(IDS.subList(0, 1)).proof(IDS.get(0)).orElseThrow();

        assertTrue(single.text().endsWith(":"));
        assertEquals(single, Receipt.parse(single.text()));
        assertTrue(Receipt.parse(single.text()).verifies(single.root()));
    }

    @Test
    void copiedLineBreaksAndUpperCaseAreAccepted() {
        Receipt parsed = Receipt.parse("  " + TEXT.substring(0, 18) + TEXT.substring(18).toUpperCase() + "\r\n");

        assertEquals(RECEIPT, parsed);
        assertTrue(parsed.verifies(MANIFEST.merkleRoot().toUpperCase()));
    }

    @Test
    void verifiesOnlyAgainstItsOwnRoot() {
        assertTrue(RECEIPT.verifies(MANIFEST.merkleRoot()));
        assertFalse(RECEIPT.verifies(Manifest.of(IDS.subList(0, 24)).merkleRoot()));
        assertFalse(RECEIPT.verifies(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "chorus-receipt:v2:",
            "receipt:v1:",
            "chorus-receipt:v1:",
            "chorus-receipt:v1:a:b:c:d:e:f",
            "chorus-receipt:v1:not-a-uuid:0:1:" + "a" + ":",
            "chorus-receipt:v1:1-2-3-4-5:0:1:ROOT:" })
    void textThatIsNotAReceiptIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> Receipt.parse(text.replace("ROOT", H)));
    }

    @Test
    void eachFieldIsChecked() {
        String id = IDS.get(0).toString();
        assertRejected("chorus-receipt:v1:" + id + ":-1:2:" + H + ":" + H, "leaf index");
        assertRejected("chorus-receipt:v1:" + id + ":01:2:" + H + ":" + H, "leaf index");
        assertRejected("chorus-receipt:v1:" + id + ":x:2:" + H + ":" + H, "leaf index");
        assertRejected("chorus-receipt:v1:" + id + ":0:2147483648:" + H + ":" + H, "tree size");
        assertRejected("chorus-receipt:v1:" + id + ":0:0:" + H + ":", "tree size");
        assertRejected("chorus-receipt:v1:" + id + ":2:2:" + H + ":" + H, "leaf index");
        assertRejected("chorus-receipt:v1:" + id + ":0:2:" + H.substring(1) + ":" + H, "root");
        assertRejected("chorus-receipt:v1:" + id + ":0:2:" + H + ":" + H + ",", "path hash 2");
        assertRejected("chorus-receipt:v1:" + id + ":0:2:" + H + ":" + H + "," + "g".repeat(64), "path hash 2");
        assertRejected("chorus-receipt:v1:" + id + ":0:2:" + H + ": " + H, "path hash 1");
        assertRejected("chorus-receipt:v1:" + id + ":0:2:" + H + ":" + (H + ",").repeat(32) + H, "more than 31");
    }

    @Test
    void overlongInputIsRejectedWithoutBeingRepeated() {
        String secret = "x".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Receipt.parse(TEXT + secret));

        assertFalse(e.getMessage().contains("xxxx"));
    }

    @Test
    void messagesDoNotRepeatTheInput() {
        String marker = "deadbeefcafe";
        for (String text : List.of(marker, TEXT.replace(RECEIPT.root(), marker), TEXT + ":" + marker,
                TEXT.replace(IDS.get(3).toString(), marker))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Receipt.parse(text));
            assertFalse(e.getMessage().contains(marker), e.getMessage());
        }
    }

    @Test
    void pathIsImmutableAndNormalized() {
        Receipt receipt = new Receipt(IDS.get(0), 0, 2, List.of(H.toUpperCase()), H.toUpperCase());

        assertEquals(List.of(H), receipt.path());
        assertEquals(H, receipt.root());
        assertThrows(UnsupportedOperationException.class, () -> receipt.path().add(H));
    }

    private static void assertRejected(String text, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Receipt.parse(text));
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }
}
