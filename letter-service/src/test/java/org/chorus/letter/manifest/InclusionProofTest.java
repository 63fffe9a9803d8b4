package org.chorus.letter.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Audit paths (RFC 6962 2.1.1) and their verification (RFC 9162 2.1.3.2). */
class InclusionProofTest {

    private static final List<UUID> IDS = Rfc6962.randomIds(40, 9162);

    @Test
    void proofsMatchKnownAnswers() {
        Manifest manifest = Manifest.of(ManifestTest.SEVEN);

        Receipt middle = manifest.proof(UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff")).orElseThrow();
        assertEquals(3, middle.leafIndex());
        assertEquals(7, middle.treeSize());
        assertEquals(List.of("8dbabe37ec941fa1010847e6ac8777b626a9d607c98e3d8ea27270c8c842bcdb",
                "53e1a9ec8aa94670255036a7a28b6e47b859ee6c99baa261539222d04ed4857e",
                "ff6fac7346e20bd949bf207fed0df83d725072ee206a4b67a26b32ffa7a27e7e"), middle.path());

        Receipt last = manifest.proof(UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479")).orElseThrow();
        assertEquals(6, last.leafIndex());
        assertEquals(List.of("d1f40ed84eda9841e58c6c233bcbce02e9e236dae2ca01c392b271b7c7ce5e75",
                "9457d829e6f00c49c8238ca9f7bfdd73348576fe1f32ce0a3d632ef37dc10955"), last.path());
    }

    @Test
    void everyLeafOfEverySizeUpTo33HasTheRfcPathAndVerifies() {
        for (int n = 1; n <= 33; n++) {
            List<UUID> batch = IDS.subList(0, n);
            Manifest manifest = Manifest.of(batch);
            List<String> sorted = Rfc6962.sortedText(batch);
            for (int m = 0; m < n; m++) {
                UUID id = UUID.fromString(sorted.get(m));
                Receipt receipt = manifest.proof(id).orElseThrow();
                String where = "leaf " + m + " of " + n;

                assertEquals(m, receipt.leafIndex(), where);
                assertEquals(n, receipt.treeSize(), where);
                assertEquals(manifest.merkleRoot(), receipt.root(), where);
                assertEquals(Rfc6962.path(m, sorted), receipt.path(), where);
                assertTrue(Manifest.verify(id, m, n, receipt.path(), manifest.merkleRoot()), where);
            }
        }
    }

    @Test
    void idOutsideTheBatchHasNoProof() {
        Manifest manifest = Manifest.of(IDS.subList(0, 10));

        assertTrue(manifest.proof(IDS.get(10)).isEmpty());
    }

    @Test
    void wrongTreeSizeFailsUnlessTheProofWouldLookTheSame() {
        int accepted = 0;
        for (int n = 1; n <= 33; n++) {
            for (Receipt receipt : receipts(n)) {
                int m = receipt.leafIndex();
                for (int claimed = 1; claimed <= 70; claimed++) {
                    if (claimed == n) {
                        continue;
                    }
                    boolean sameShape = m < claimed
                            && Rfc6962.siblingIsRight(m, claimed).equals(Rfc6962.siblingIsRight(m, n));
                    boolean verifies = Manifest.verify(receipt.signatureId(), m, claimed, receipt.path(),
                            receipt.root());
                    assertEquals(sameShape, verifies, "leaf " + m + " of " + n + " claimed as of " + claimed);
                    accepted += verifies ? 1 : 0;
                }
            }
        }
        assertTrue(accepted > 0, "the loop must meet the case the letter's printed count is for");
    }

    @Test
    void countComesFromTheLetterBecauseSomeProofsFitTwoSizes() {
        Receipt firstOfThree = receipts(3).get(0);

        assertTrue(Manifest.verify(firstOfThree.signatureId(), 0, 4, firstOfThree.path(), firstOfThree.root()));
        assertFalse(Manifest.verify(firstOfThree.signatureId(), 0, 5, firstOfThree.path(), firstOfThree.root()));
    }

    @Test
    void anyChangedDigitOfAnySiblingFails() {
        for (Receipt receipt : receipts(13)) {
            for (int i = 0; i < receipt.path().size(); i++) {
                for (int digit = 0; digit < 64; digit++) {
                    List<String> tampered = new ArrayList<>(receipt.path());
                    tampered.set(i, flipDigit(tampered.get(i), digit));

                    assertFalse(Manifest.verify(receipt.signatureId(), receipt.leafIndex(), receipt.treeSize(),
                            tampered, receipt.root()));
                }
            }
        }
    }

    @Test
    void missingExtraOrReorderedSiblingsFail() {
        Receipt receipt = receipts(21).get(9);
        List<String> path = receipt.path();
        List<String> longer = new ArrayList<>(path);
        longer.add(path.get(0));
        List<String> swapped = new ArrayList<>(path);
        swapped.set(0, path.get(1));
        swapped.set(1, path.get(0));

        assertFalse(verify(receipt, path.subList(0, path.size() - 1)));
        assertFalse(verify(receipt, longer));
        assertFalse(verify(receipt, swapped));
        assertFalse(verify(receipt, List.of()));
    }

    @Test
    void proofOfOneIdDoesNotProveAnother() {
        List<Receipt> receipts = receipts(21);
        Receipt receipt = receipts.get(4);

        assertFalse(Manifest.verify(receipts.get(5).signatureId(), receipt.leafIndex(), receipt.treeSize(),
                receipt.path(), receipt.root()));
        assertFalse(Manifest.verify(IDS.get(30), receipt.leafIndex(), receipt.treeSize(), receipt.path(),
                receipt.root()));
        assertFalse(Manifest.verify(receipt.signatureId(), receipt.leafIndex() + 1, receipt.treeSize(),
                receipt.path(), receipt.root()));
    }

    @Test
    void proofFromASmallerBatchFailsAgainstTheRootOfABiggerOne() {
        for (int n = 1; n <= 20; n++) {
            String biggerRoot = Manifest.of(IDS.subList(0, n + 1)).merkleRoot();
            for (Receipt receipt : receipts(n)) {
                assertFalse(Manifest.verify(receipt.signatureId(), receipt.leafIndex(), n, receipt.path(),
                        biggerRoot));
                assertFalse(Manifest.verify(receipt.signatureId(), receipt.leafIndex(), n + 1, receipt.path(),
                        biggerRoot));
            }
        }
    }

    @Test
    void malformedArgumentsAreFalseNotExceptions() {
        Receipt receipt = receipts(5).get(1);
        List<String> nonHex = new ArrayList<>(receipt.path());
        nonHex.set(0, "zz" + nonHex.get(0).substring(2));
        List<String> otherScriptDigit = new ArrayList<>(receipt.path());
        otherScriptDigit.set(0, "\u0663" + otherScriptDigit.get(0).substring(1));
        List<String> withNull = new ArrayList<>(receipt.path());
        withNull.set(0, null);

        assertFalse(verify(receipt, nonHex));
        assertFalse(verify(receipt, otherScriptDigit));
        assertFalse(verify(receipt, withNull));
        assertFalse(Manifest.verify(receipt.signatureId(), 1, 5, receipt.path(), receipt.root().substring(1)));
        assertFalse(Manifest.verify(receipt.signatureId(), -1, 5, receipt.path(), receipt.root()));
        assertFalse(Manifest.verify(receipt.signatureId(), 5, 5, receipt.path(), receipt.root()));
        assertFalse(Manifest.verify(receipt.signatureId(), 0, 0, List.of(), receipt.root()));
        assertFalse(Manifest.verify(null, 1, 5, receipt.path(), receipt.root()));
        assertFalse(Manifest.verify(receipt.signatureId(), 1, 5, null, receipt.root()));
        assertFalse(Manifest.verify(receipt.signatureId(), 1, 5, receipt.path(), null));
    }

    @Test
    void upperCaseHexVerifiesLikeLowerCase() {
        Receipt receipt = receipts(9).get(8);

        assertTrue(Manifest.verify(receipt.signatureId(), 8, 9,
                receipt.path().stream().map(String::toUpperCase).toList(), receipt.root().toUpperCase()));
    }

    /** The receipts of every id in a batch of the first n ids, in leaf order. */
    private static List<Receipt> receipts(int n) {
        Manifest manifest = Manifest.of(IDS.subList(0, n));
        return Rfc6962.sortedText(IDS.subList(0, n)).stream()
                .map(id -> manifest.proof(UUID.fromString(id)).orElseThrow())
                .toList();
    }

    private static boolean verify(Receipt receipt, List<String> path) {
        return Manifest.verify(receipt.signatureId(), receipt.leafIndex(), receipt.treeSize(), path, receipt.root());
    }

    private static String flipDigit(String hex, int digit) {
        char flipped = Character.forDigit(Character.digit(hex.charAt(digit), 16) ^ 1, 16);
        return hex.substring(0, digit) + flipped + hex.substring(digit + 1);
    }
}
