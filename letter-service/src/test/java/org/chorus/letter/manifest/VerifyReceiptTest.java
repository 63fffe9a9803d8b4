package org.chorus.letter.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The command a signer runs: its answers and exit codes. */
class VerifyReceiptTest {

    private static final List<UUID> IDS = Rfc6962.randomIds(3, 11);
    private static final Manifest MANIFEST = Manifest.of(IDS);
    private static final String RECEIPT = MANIFEST.proof(IDS.get(1)).orElseThrow().text();
    private static final String ROOT = MANIFEST.merkleRoot();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void countedReceiptSaysYes() {
        assertEquals(0, run(RECEIPT, ROOT));
        assertTrue(out().startsWith("counted: yes\n"), out());
        assertTrue(out().contains("one of the 3 signatures"), out());
    }

    @Test
    void countFromTheLetterIsChecked() {
        assertEquals(0, run(RECEIPT, ROOT, "3"));
        assertTrue(out().startsWith("counted: yes\n"), out());
    }

    @Test
    void receiptClaimingABiggerBatchThanTheLetterSaysNo() {
        Receipt first = Receipt.parse(MANIFEST.proof(Rfc6962.sortedText(IDS).stream().map(UUID::fromString)
                .findFirst().orElseThrow()).orElseThrow().text());
        String inflated = new Receipt(first.signatureId(), 0, 4, first.path(), first.root()).text();

        assertEquals(1, run(inflated, ROOT, "3"));
        assertTrue(out().startsWith("counted: NO (the receipt is for a batch of 4"), out());
    }

    @Test
    void otherBatchSaysNo() {
        String otherRoot = Manifest.of(Rfc6962.randomIds(4, 12)).merkleRoot();

        assertEquals(1, run(RECEIPT, otherRoot));
        assertTrue(out().startsWith("counted: NO (the receipt is for a different batch"), out());
    }

    @Test
    void forgedReceiptWithTheLettersRootSaysNo() {
        Receipt genuine = Receipt.parse(RECEIPT);
        String forged = new Receipt(UUID.randomUUID(), genuine.leafIndex(), 3, genuine.path(), ROOT).text();

        assertEquals(1, run(forged, ROOT));
        assertTrue(out().startsWith("counted: NO (the proof does not lead"), out());
    }

    @Test
    void malformedInputSaysNoWithTheReason() {
        assertEquals(1, run("chorus-receipt:v1:nonsense", ROOT));
        assertTrue(out().startsWith("counted: NO (malformed receipt: "), out());

        out.reset();
        assertEquals(1, run(RECEIPT, "not-a-root"));
        assertTrue(out().startsWith("counted: NO (the root from the letter must be 64 hex digits)"), out());
    }

    @Test
    void wrongNumberOfArgumentsPrintsUsage() {
        assertEquals(2, run(RECEIPT));
        assertEquals(2, run(RECEIPT, ROOT, "3", "extra"));
        assertTrue(new String(err.toByteArray(), StandardCharsets.UTF_8).startsWith("usage: verify-receipt"));
        assertEquals("", out());
    }

    private int run(String... args) {
        return VerifyReceipt.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
