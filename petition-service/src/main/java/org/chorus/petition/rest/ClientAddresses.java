package org.chorus.petition.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.config.PetitionConfig;

import io.vertx.core.http.HttpServerRequest;

/**
 * Who is calling: the peer itself, unless the peer is a trusted proxy (the gateway), in which case the last entry of
 * X-Forwarded-For, the one the proxy appended. Entries before it are whatever the client claimed, never believed.
 */
@ApplicationScoped
public class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(PetitionConfig config) {
        this.trustedProxies = config.abuse().trustedProxies();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (peer == null || forwarded == null || forwarded.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? peer : last;
    }
}
