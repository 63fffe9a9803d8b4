package org.chorus.letter.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest's numbers: count, digest of the ids, and the RFC 6962 Merkle root. */
class ManifestTest {

    /** Seven ids, in no order, on both sides of the sign bit so signed UUID order would differ from text order. */
    static final List<UUID> SEVEN = List.of(
            UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479"),
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"),
            UUID.fromString("80000000-0000-4000-8000-000000000000"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            UUID.fromString("9b2c1e4d-0a3f-4c5e-9d7f-1a2b3c4d5e6f"),
            UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962"));

    /** Expected values computed independently with Python's hashlib over the first n of {@link #SEVEN}. */
    @ParameterizedTest(name = "{0} leaves")
    @CsvSource({
            "0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "1, 5d993471fee81a90008e32aa68fe4c30ecdcbf792336b9264ebf5ae43e744206, ecde151a2b044b41e7b361382836351a15c6c2bb20f53b029b66da45e5c931d3",
            "2, 7e34ae24f89ae9308020937a04d0d151216352463eab9c38ad4f5971b41beb72, d768dfe08da7c554a1f8406172523b520d4889fc88fbdff6c1f708dcba613787",
            "3, ae22c568c390056a03a29d4470b61f885ebe04212ace8f6ad9a4daf5e13a530e, dc7ce920102354cf06e6a413ba01141a4113ec3a14926bad832c534e4ce07734",
            "5, 863faf1d647eeb352d2ea93fcc313c0019598dae55c4895c99cb804ce3ac7211, e6054463af49edc104b856c532ac483d5b44cf330d89fcb9bcd45e26fa2ddb51",
            "7, 4c871097498da5755a2e2b51d778665af57c58887b9d1d106e2adcc10cd737e3, d2c609e8a7963bdc781858466ca20ae2fcbe19dd4ab9740f4bd013580a8ec819" })
    void rootAndIdDigestMatchKnownAnswers(int n, String root, String idsSha256) {
        Manifest manifest = Manifest.of(SEVEN.subList(0, n));

        assertEquals(n, manifest.count());
        assertEquals(root, manifest.merkleRoot());
        assertEquals(idsSha256, manifest.idsSha256());
    }

    @Test
    void emptyBatchHasTheEmptyTreeRoot() {
        Manifest empty = Manifest.of(List.of());

        assertEquals(0, empty.count());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.merkleRoot());
        assertTrue(empty.proof(SEVEN.get(0)).isEmpty());
    }

    @Test
    void rootMatchesTheRecursiveDefinitionForEverySizeUpTo70() {
        List<UUID> ids = Rfc6962.randomIds(70, 6962);
        for (int n = 0; n <= ids.size(); n++) {
            List<UUID> batch = ids.subList(0, n);
            assertEquals(Rfc6962.mth(Rfc6962.sortedText(batch)), Manifest.of(batch).merkleRoot(), n + " leaves");
        }
    }

    @Test
    void lastNodeIsNeverPairedWithItself() {
        // The Bitcoin-style tree of {a, b, c} is the tree of {a, b, c, c}: one more signature for free.
        List<String> sorted = Rfc6962.sortedText(SEVEN.subList(0, 3));
        String duplicatedLast = Rfc6962.mth(List.of(sorted.get(0), sorted.get(1), sorted.get(2), sorted.get(2)));

        assertNotEquals(duplicatedLast, Manifest.of(SEVEN.subList(0, 3)).merkleRoot());
    }

    @Test
    void orderAndDuplicatesOfTheInputDoNotMatter() {
        List<UUID> ids = Rfc6962.randomIds(200, 1);
        Manifest reference = Manifest.of(ids);

        List<UUID> shuffledWithRepeats = new ArrayList<>(ids);
        shuffledWithRepeats.addAll(ids.subList(0, 50));
        shuffledWithRepeats.add(ids.get(7));
        Collections.shuffle(shuffledWithRepeats, new Random(2));
        Manifest other = Manifest.of(shuffledWithRepeats);

        assertEquals(200, other.count());
        assertEquals(reference.idsSha256(), other.idsSha256());
        assertEquals(reference.merkleRoot(), other.merkleRoot());
    }

    @Test
    void idsAreDigestedSortedByTheirTextOneLineEach() {
        List<UUID> ids = Rfc6962.randomIds(300, 3);
        StringBuilder lines = new StringBuilder();
        Rfc6962.sortedText(ids).forEach(id -> lines.append(id).append('\n'));
        byte[] expected = TreeHasher.sha256().digest(lines.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(HexFormat.of().formatHex(expected), Manifest.of(ids).idsSha256());
    }

    @Test
    void leafIndexIsThePositionInTextOrder() {
        List<UUID> ids = new ArrayList<>(Rfc6962.randomIds(3000, 4));
        ids.addAll(SEVEN);
        ids.addAll(List.of(new UUID(-1L, -1L), new UUID(0L, Long.MIN_VALUE), new UUID(0L, Long.MAX_VALUE),
                new UUID(Long.MIN_VALUE, 0L), new UUID(Long.MAX_VALUE, 0L), new UUID(0L, 0L)));
        for (int i = 0; i < 50; i++) {
            // Ids that differ only in their low bits, as time-ordered ids made in the same instant do.
            ids.add(new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L + 37 * i));
        }
        Collections.shuffle(ids, new Random(5));
        Manifest manifest = Manifest.of(ids);
        List<String> textOrder = Rfc6962.sortedText(ids);

        assertEquals(textOrder.size(), manifest.count());
        for (int i = 0; i < textOrder.size(); i++) {
            assertEquals(i, manifest.proof(UUID.fromString(textOrder.get(i))).orElseThrow().leafIndex());
        }
    }

    @Test
    void leafBytesAreTheCanonicalText() {
        byte[] bytes = new byte[TreeHasher.ID_LENGTH];
        for (UUID id : Rfc6962.randomIds(1000, 5)) {
            TreeHasher.writeCanonical(id.getMostSignificantBits(), id.getLeastSignificantBits(), bytes, 0);
            assertEquals(id.toString(), new String(bytes, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void nullIdIsRejected() {
        List<UUID> withNull = new ArrayList<>(SEVEN);
        withNull.add(null);

        assertThrows(NullPointerException.class, () -> Manifest.of(withNull));
    }
}
