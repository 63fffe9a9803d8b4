package org.chorus.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people who sign during a run: each has a unique address (the run id and a sequence number) and a body like
 * the sign form sends, with names in Latin and Burmese script, countries of several continents, some postal codes,
 * campaign sources and partner sign-ups. Signer {@code i} is always the same, so a run can be replayed.
 * Tagged signers (bench/faults) carry the run in utm_source and their number in utm_campaign instead, so that the
 * database can be asked afterwards which of them were stored.
 */
final class Signers {

    private record Person(String name, String mailbox, String locale, String country) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Ma Thida", "thida", "en", "MM"),
            new Person("မသီတာ", "thida.my", "my", "MM"),
            new Person("ကိုအောင်ကျော်", "aung.kyaw", "my", "MM"),
            new Person("ဒေါ်ခင်မြင့်", "khin.myint", "my", "TH"),
            new Person("နန်းဆုမွန်", "nang.su", "my", "MM"),
            new Person("Zaw Win Htut", "zawwin", "en", "MY"),
            new Person("Marie Dubois", "marie.dubois", "fr", "FR"),
            new Person("Kofi Mensah", "kofi", "en", "GH"),
            new Person("Ana Sofía Ramírez", "ana.ramirez", "en", "MX"),
            new Person("Hiroshi Tanaka", "h.tanaka", "en", "JP"),
            new Person("Priya Sharma", "priya", "en", "IN"),
            new Person("Lukas Müller", "lukas.mueller", "en", "DE"),
            new Person("Fatima Zahra El Idrissi", "fatima.z", "fr", "MA"),
            new Person("Siobhán O'Connor", "siobhan", "en", "IE"),
            new Person("Nguyễn Thị Lan", "lan.nguyen", "en", "VN"),
            new Person("John Smith", "jsmith", "en", "GB"),
            new Person("Emily Chen", "emily.chen", "en", "US"),
            new Person("Olusegun Adeyemi", "segun", "en", "NG"),
            new Person("Camille Martin", "camille", "fr", "CA"),
            new Person("Somchai Wongsakul", "somchai", "en", "TH"));

    private static final String[] POSTAL_CODES = { "11181", "75011", "10115", "SW1A 1AA", "100-0001", "10330" };
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String runId;
    private final double confirmFraction;
    private final boolean tagged;

    Signers(String runId, double confirmFraction, boolean tagged) {
        if (confirmFraction < 0 || confirmFraction > 1) {
            throw new IllegalArgumentException("the confirmed fraction must be between 0 and 1");
        }
        this.runId = runId;
        this.confirmFraction = confirmFraction;
        this.tagged = tagged;
    }

    /** The utm_source of tagged signers. */
    String sourceTag() {
        return "bench-" + runId;
    }

    String email(long i) {
        return PEOPLE.get(person(i)).mailbox() + "." + runId + "." + i + "@example.org";
    }

    /** Evenly spread: of any {@code n} signers in a row, {@code n * fraction} rounded up or down confirm. */
    boolean confirms(long i) {
        return Math.floor((i + 1) * confirmFraction) > Math.floor(i * confirmFraction);
    }

    byte[] body(long i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
        Person person = PEOPLE.get(person(i));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", person.name());
        body.put("email", email(i));
        body.put("country", person.country());
        if (random.nextInt(4) == 0) {
            body.put("postalCode", POSTAL_CODES[random.nextInt(POSTAL_CODES.length)]);
        }
        body.put("locale", person.locale());
        boolean viaPartner = random.nextInt(10) == 0;
        if (viaPartner) {
            body.put("partner", "demo-partner");
        }
        if (tagged) {
            body.put("source", Map.of("utm_source", sourceTag(), "utm_medium", "fault-check",
                    "utm_campaign", Long.toString(i)));
        } else if (random.nextInt(3) == 0) {
            body.put("source", Map.of("utm_source", "newsletter", "utm_medium", "email",
                    "utm_campaign", "myanmar-arms-embargo"));
        }
        Map<String, Object> consents = new LinkedHashMap<>();
        consents.put("processing", true);
        consents.put("updates", random.nextBoolean());
        consents.put("partner", viaPartner && random.nextBoolean());
        consents.put("nameInLetters", random.nextInt(3) == 0);
        body.put("consents", consents);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sign request cannot be written as JSON", e);
        }
    }

    private static int person(long i) {
        return (int) Math.floorMod(i * 7 + i / PEOPLE.size(), (long) PEOPLE.size());
    }
}
