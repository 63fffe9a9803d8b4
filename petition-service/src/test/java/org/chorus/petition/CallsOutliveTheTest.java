package org.chorus.petition;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Webhook calls that time out only after ten minutes, so that a hanging partner's calls stay open for as long as a
 * test looks at them: "while its calls are still open" is then what a test sees, not a guess about how fast this
 * machine is. WebhookTimeoutTest shows that a hanging call does time out.
 */
public class CallsOutliveTheTest implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("chorus.petition.webhooks.request-timeout", "PT10M", "chorus.petition.webhooks.lease", "PT11M");
    }
}
