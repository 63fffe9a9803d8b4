package org.chorus.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DomainRatesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void withinTheLimitEveryEmailGoesNow() {
        DomainRates rates = new DomainRates(600, Map.of());
        for (int i = 0; i < 10; i++) {
            assertEquals(NOW, rates.slotFor("signer" + i + "@example.org", NOW));
        }
    }

    @Test
    void beyondAMinutesShareEmailsGetSlotsSpreadOverTheHour() {
        DomainRates rates = new DomainRates(600, Map.of());
        for (int i = 0; i < 10; i++) {
            rates.slotFor("signer" + i + "@example.org", NOW);
        }
        // 600 an hour: one every 6 s once the minute's share of 10 is used
        assertEquals(NOW.plusSeconds(6), rates.slotFor("eleventh@example.org", NOW));
        assertEquals(NOW.plusSeconds(12), rates.slotFor("twelfth@EXAMPLE.org", NOW));
    }

    @Test
    void eachDomainHasItsOwnLimit() {
        DomainRates rates = new DomainRates(60, Map.of());
        assertEquals(NOW, rates.slotFor("a@one.example", NOW));
        assertEquals(NOW, rates.slotFor("a@two.example", NOW));
        assertEquals(NOW.plusSeconds(60), rates.slotFor("b@one.example", NOW));
    }

    @Test
    void aNamedDomainHasItsOwnLimitAndOthersNone() {
        DomainRates rates = new DomainRates(0, Map.of("MFA.gov.example", 4));
        assertEquals(NOW, rates.slotFor("desk@mfa.gov.example", NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), rates.slotFor("minister@mfa.gov.example", NOW));
        for (int i = 0; i < 100; i++) {
            assertEquals(NOW, rates.slotFor("signer" + i + "@mail.example", NOW));
        }
    }

    @Test
    void slotsThatPassedAreNotOwed() {
        DomainRates rates = new DomainRates(60, Map.of());
        rates.slotFor("a@one.example", NOW);
        assertEquals(NOW.plusSeconds(600), rates.slotFor("b@one.example", NOW.plusSeconds(600)));
    }
}
