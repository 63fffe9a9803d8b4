package org.chorus.petition.abuse;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.limits.TokenBuckets;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.proxies.ClientKey;

/**
 * Rate limits on signing, per client address and per email domain (chorus.petition.abuse.*). They are generous on
 * purpose: many honest signers share one address behind a carrier's NAT or a Tor exit, and must still get through.
 * An address counts as the gateway counts it (ClientKey): an IPv6 client by its /64, so that hopping through the
 * addresses of one's own network does not reset the limit.
 */
@ApplicationScoped
public class SigningLimits {

    private final TokenBuckets perAddress;
    private final TokenBuckets perDomain;

    public SigningLimits(PetitionConfig config) {
        PetitionConfig.Limit address = config.abuse().perClientAddress();
        PetitionConfig.Limit domain = config.abuse().perEmailDomain();
        int maxKeys = config.abuse().maxTrackedKeys();
        this.perAddress = TokenBuckets.of(address.requests(), address.per(), maxKeys, System::nanoTime);
        this.perDomain = TokenBuckets.of(domain.requests(), domain.per(), maxKeys, System::nanoTime);
    }

    /** @throws RateLimitedException when this address (its /64 for IPv6) or this address's email domain has signed too often */
    public void check(String clientAddress, String email) {
        if (clientAddress != null) {
            perAddress.take(ClientKey.of(clientAddress)).ifPresent(wait -> {
                throw new RateLimitedException("from your network", wait);
            });
        }
        String domain = domainOf(email);
        if (domain != null) {
            perDomain.take(domain).ifPresent(wait -> {
                throw new RateLimitedException("from addresses at " + domain, wait);
            });
        }
    }

    static String domainOf(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
}
