package org.chorus.petition.rest;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.proxies.TrustedProxies;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who is calling: the peer itself, unless the peer is a trusted proxy (the gateway); then the client that
 * X-Forwarded-For names past every trusted proxy (TrustedProxies). Behind a load balancer in front of the gateway,
 * the last entry is the balancer: were it taken for the client, every signer would share one address's budget.
 */
@ApplicationScoped
public class ClientAddresses {

    private final TrustedProxies trustedProxies;

    @Inject
    public ClientAddresses(PetitionConfig config) {
        this(config.abuse().trustedProxies());
    }

    ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = new TrustedProxies(trustedProxies);
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return of(peer, request.headers().getAll("X-Forwarded-For"));
    }

    /** @return the client's address, or the peer as it is when that is no IP address (a Unix socket) */
    String of(String peer, List<String> forwardedFor) {
        InetAddress client = trustedProxies.clientOf(peer, forwardedFor);
        return client == null ? peer : client.getHostAddress();
    }
}
