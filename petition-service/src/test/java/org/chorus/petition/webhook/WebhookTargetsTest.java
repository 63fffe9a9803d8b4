package org.chorus.petition.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.webhook.WebhookTargets.Refusal;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The webhook URL rules with the settings application.properties gives production, the local platform and tests, and
 * a resolver that answers what each test says (there is no DNS to ask here).
 */
class WebhookTargetsTest {

    private final Map<String, List<InetAddress>> dns = new HashMap<>();
    private final HostResolver resolver = name -> {
        List<InetAddress> answer = dns.get(name);
        if (answer == null) {
            throw new UnknownHostException(name);
        }
        return answer;
    };

    @Test
    void inProductionAWebhookIsHttpsAtAPublicAddressAndNothingElse() throws Exception {
        WebhookTargets production = targets("prod", LaunchMode.NORMAL);
        answer("partner.example.org", "1.1.1.1", "2606:4700::1111");
        answer("loopback.example.org", "127.0.0.1");
        Map<String, Optional<Refusal>> expected = new LinkedHashMap<>();
        expected.put("https://partner.example.org/chorus", Optional.empty());
        expected.put("https://1.1.1.1/chorus", Optional.empty());
        expected.put("https://[2606:4700::1111]:8443/chorus", Optional.empty());
        expected.put("http://partner.example.org/chorus", Optional.of(Refusal.NOT_A_URL));
        expected.put("http://127.0.0.1:8081/", Optional.of(Refusal.NOT_A_URL));
        expected.put("https://127.0.0.1:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://loopback.example.org/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://localhost/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://[::1]/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://[::ffff:127.0.0.1]/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://2130706433/", Optional.of(Refusal.AMBIGUOUS_HOST));
        assertRefusals(production, expected);
        assertEquals(Refusal.NOT_PUBLIC, assertThrows(WebhookTargets.Refused.class,
                () -> production.target("https://127.0.0.1:8081/")).refusal());
    }

    @Test
    void inTestsOnlyTheReceiversLiteralAddressIsLetThroughAndOnlyAsWritten() throws Exception {
        WebhookTargets tests = targets("test", LaunchMode.TEST);
        answer("receiver.chorus.test", "127.0.0.1");
        Map<String, Optional<Refusal>> expected = new LinkedHashMap<>();
        expected.put("http://127.0.0.1:8081/hooks/chorus", Optional.empty());
        expected.put("http://127.0.0.1./", Optional.of(Refusal.AMBIGUOUS_HOST));
        expected.put("http://127.0.0.2:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("http://[::ffff:127.0.0.1]:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("http://[::1]:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("http://localhost:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("http://receiver.chorus.test:8081/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("http://2130706433:8081/", Optional.of(Refusal.AMBIGUOUS_HOST));
        expected.put("http://127.1:8081/", Optional.of(Refusal.AMBIGUOUS_HOST));
        assertRefusals(tests, expected);
    }

    @Test
    void theLocalPlatformTakesPlainHttpButNoAddressOffThePublicInternet() throws Exception {
        WebhookTargets local = targets("local", LaunchMode.NORMAL);
        answer("partner.example.org", "1.1.1.1");
        assertEquals(Optional.empty(), local.refusal("http://partner.example.org/chorus"));
        assertEquals(Optional.of(Refusal.NOT_PUBLIC), local.refusal("http://127.0.0.1:8090/chorus"));
    }

    @Test
    void plainHttpAndTestReceiversStopTheServiceWhereTheyDoNotBelong() throws Exception {
        assertThrows(IllegalStateException.class, () -> WebhookTargets.Rules.of(
                webhooks("prod", Map.of("chorus.petition.webhooks.allow-http", "true")), LaunchMode.NORMAL,
                List.of("prod")));
        assertThrows(IllegalStateException.class, () -> WebhookTargets.Rules.of(
                webhooks("prod", Map.of("chorus.petition.webhooks.test-receivers", "127.0.0.1")), LaunchMode.NORMAL,
                List.of("prod")));
        assertThrows(IllegalStateException.class, () -> WebhookTargets.Rules.of(
                webhooks("local", Map.of("chorus.petition.webhooks.test-receivers", "127.0.0.1")), LaunchMode.NORMAL,
                List.of("local")));
        for (String notLoopback : List.of("10.0.0.1", "169.254.169.254", "::1", "localhost")) {
            assertThrows(IllegalStateException.class, () -> WebhookTargets.Rules.of(
                    webhooks("test", Map.of("chorus.petition.webhooks.test-receivers", notLoopback)), LaunchMode.TEST,
                    List.of("test")), notLoopback);
        }
    }

    @Test
    void aNameIsCheckedByEveryAddressItResolvesTo() throws Exception {
        WebhookTargets production = targets("prod", LaunchMode.NORMAL);
        answer("mixed.example.org", "1.1.1.1", "10.0.0.7");
        answer("mixed6.example.org", "2606:4700::1111", "fd00:ec2::254");
        answer("metadata.example.org", "169.254.169.254");
        answer("nat64.example.org", "64:ff9b::a9fe:a9fe");
        answer("public.example.org", "2606:4700::1111", "1.1.1.1");
        Map<String, Optional<Refusal>> expected = new LinkedHashMap<>();
        expected.put("https://mixed.example.org/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://mixed6.example.org/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://metadata.example.org/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://nat64.example.org/", Optional.of(Refusal.NOT_PUBLIC));
        expected.put("https://public.example.org/", Optional.empty());
        expected.put("https://PUBLIC.Example.org./", Optional.empty());
        expected.put("https://unknown.example.org/", Optional.empty());
        assertRefusals(production, expected);
        assertEquals(Refusal.UNRESOLVED, assertThrows(WebhookTargets.Refused.class,
                () -> production.target("https://unknown.example.org/")).refusal(), "a call needs an address");
    }

    @Test
    void aCallGoesToTheAddressJustCheckedWithTheUrlsHostPortAndPath() throws Exception {
        WebhookTargets production = targets("prod", LaunchMode.NORMAL);
        answer("partner.example.org", "1.1.1.1");
        WebhookTarget target = production.target("https://Partner.Example.org:8443/hooks/chorus?from=chorus");
        assertEquals("/1.1.1.1", target.address().toString(), "the address, with no name left to look up again");
        assertEquals(new WebhookTarget(true, "Partner.Example.org", 8443, "/hooks/chorus?from=chorus",
                target.address()), target);
        assertEquals("Partner.Example.org:8443", target.authority());

        answer("partner.example.org", "10.0.0.7");
        assertEquals(Refusal.NOT_PUBLIC, assertThrows(WebhookTargets.Refused.class,
                () -> production.target("https://partner.example.org/")).refusal(), "each call resolves again");

        WebhookTarget literal = production.target("https://[2606:4700::1111]");
        assertEquals("2606:4700::1111", literal.host());
        assertEquals("[2606:4700::1111]", literal.authority());
        assertEquals("/", literal.requestUri());
        assertEquals(443, literal.port());
    }

    @Test
    void whatIsNoHttpsUrlWithAHostIsRefused() throws Exception {
        WebhookTargets production = targets("prod", LaunchMode.NORMAL);
        answer("partner.example.org", "1.1.1.1");
        Map<String, Optional<Refusal>> expected = new LinkedHashMap<>();
        for (String url : List.of("ftp://partner.example.org/hook", "not a url", "/relative/hook", "https://",
                "https:///hook", "mailto:a@partner.example.org", "https://user:pw@partner.example.org/hook",
                "https://user@127.1/hook", "https://partner.example.org/hook#top", "https://partner.example.org:0/",
                "https://partner.example.org:70000/", "https://under_score.example.org/", "https://[fe80::1%25eth0]/")) {
            expected.put(url, Optional.of(Refusal.NOT_A_URL));
        }
        assertRefusals(production, expected);
    }

    private void assertRefusals(WebhookTargets targets, Map<String, Optional<Refusal>> expected) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((url, refusal) -> {
            Optional<Refusal> actual = targets.refusal(url);
            if (!actual.equals(refusal)) {
                wrong.add(url + ": " + actual.map(Enum::name).orElse("accepted") + ", expected "
                        + refusal.map(Enum::name).orElse("accepted"));
            }
        });
        assertEquals(List.of(), wrong);
    }

    private void answer(String name, String... addresses) throws UnknownHostException {
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        dns.put(name, resolved);
    }

    private WebhookTargets targets(String profile, LaunchMode mode) throws IOException {
        return new WebhookTargets(WebhookTargets.Rules.of(webhooks(profile, Map.of()), mode, List.of(profile)), resolver);
    }

    /** The webhook settings of application.properties in that profile, with these on top. */
    private static PetitionConfig.Webhooks webhooks(String profile, Map<String, String> overrides) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(WebhookTargetsTest.class.getResource("/application.properties"),
                        250))
                .withSources(new PropertiesConfigSource(overrides, "overrides", 400))
                .withMapping(PetitionConfig.Webhooks.class, "chorus.petition.webhooks")
                .build();
        return config.getConfigMapping(PetitionConfig.Webhooks.class, "chorus.petition.webhooks");
    }
}
