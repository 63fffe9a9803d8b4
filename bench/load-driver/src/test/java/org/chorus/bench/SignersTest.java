package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SignersTest {

    private final Signers signers = new Signers("run1", 0.02, false);

    @Test
    void twoPercentOfAnyRunOfSignersConfirm() {
        assertEquals(20, LongStream.range(0, 1000).filter(signers::confirms).count());
        assertEquals(2, LongStream.range(12_345, 12_445).filter(signers::confirms).count());
        assertEquals(0, LongStream.range(0, 1000).filter(new Signers("r", 0, false)::confirms).count());
        assertEquals(1000, LongStream.range(0, 1000).filter(new Signers("r", 1, false)::confirms).count());
    }

    @Test
    void everySignerHasTheirOwnAddress() {
        Set<String> emails = new HashSet<>();
        LongStream.range(0, 10_000).forEach(i -> emails.add(signers.email(i)));
        assertEquals(10_000, emails.size());
        assertTrue(signers.email(42).endsWith(".run1.42@example.org"), signers.email(42));
    }

    @Test
    void bodiesAreValidSignRequestsAndTheSameForTheSameSigner() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> countries = new HashSet<>();
        boolean burmese = false;
        for (long i = 0; i < 200; i++) {
            JsonNode body = json.readTree(signers.body(i));
            assertEquals(signers.email(i), body.get("email").asText());
            assertTrue(body.get("consents").get("processing").asBoolean());
            assertTrue(body.get("country").asText().matches("[A-Z]{2}"));
            countries.add(body.get("country").asText());
            burmese |= body.get("name").asText().codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F);
        }
        assertTrue(countries.size() >= 10, countries::toString);
        assertTrue(burmese, "some names are in Burmese script");
        assertArrayEquals(signers.body(7), signers.body(7));
    }

    @Test
    void taggedSignersCarryTheRunAndTheirNumberAsTheirSource() throws Exception {
        Signers tagged = new Signers("run2", 0.1, true);
        JsonNode source = new ObjectMapper().readTree(tagged.body(1234)).get("source");
        assertEquals("bench-run2", source.get("utm_source").asText());
        assertEquals(tagged.sourceTag(), source.get("utm_source").asText());
        assertEquals("1234", source.get("utm_campaign").asText());
    }
}
