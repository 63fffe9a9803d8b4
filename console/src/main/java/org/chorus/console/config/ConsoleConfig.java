package org.chorus.console.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "chorus.console")
public interface ConsoleConfig {

    URI petitionServiceUrl();

    URI letterServiceUrl();

    URI notificationServiceUrl();

    /** The gateway's public address: the petitions' public pages and their tally streams. */
    URI publicUrl();

    /** Where browsers reach Keycloak: sign-out's redirect goes there, so the pages' forms may lead there. */
    URI keycloakUrl();

    /** How long one call to a service may take before the page says the service did not answer. */
    Duration callTimeout();
}
