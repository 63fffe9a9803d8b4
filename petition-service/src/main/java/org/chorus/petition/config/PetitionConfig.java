package org.chorus.petition.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of petition-service. */
@ConfigMapping(prefix = "chorus.petition")
public interface PetitionConfig {

    /** Base64 key (32 bytes) of the HMAC that de-duplicates email addresses without storing them. */
    String emailHashKey();

    /** Base64 AES-256 key that encrypts signers' personal data at rest. */
    String dataKey();

    /** How long a confirmation link stays valid. */
    @WithDefault("P7D")
    Duration confirmationTtl();

    /** Signing again with the same address resends the confirmation email at most this often. */
    @WithDefault("PT15M")
    Duration confirmationResendAfter();

    /** Publish the demo campaign of CAMPAIGN.md at start (local platform and dev mode only). */
    @WithDefault("false")
    boolean demoData();

    /** Base64 key (32 bytes) of the HMAC that vouches for the time a sign form was served (web/FormGuard). */
    String formKey();

    KeycloakAdmin keycloakAdmin();

    Partners partners();

    /**
     * How petition-service reaches Keycloak's client registration service to register each partner's client: as its
     * own confidential client, whose service account holds realm-management's create-client and nothing else.
     */
    interface KeycloakAdmin {
        /** Keycloak's base address, without /realms. */
        String url();

        /** The realm the partner clients are created in, and petition-service's own client lives in. */
        @WithDefault("chorus")
        String realm();

        @WithDefault("petition-service")
        String clientId();

        String clientSecret();

        /** Each call to Keycloak gives up after this long: a campaigner is waiting for the answer. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface Partners {
        /** How stale the cached allowed origins of partners (service/PartnerOrigins) may be on another replica. */
        @WithDefault("PT5S")
        Duration originsMaxAge();
    }

    Webhooks webhooks();

    /**
     * Calls to partners' webhooks (webhook/WebhookDispatcher). A partner that is down or slow holds at most
     * {@code perPartnerConcurrency} of the {@code concurrency} calls at once (per replica), each for at most the two
     * timeouts, so the others' deliveries go on.
     */
    interface Webhooks {
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** From sending the request to the partner's answer (its status line and headers). */
        @WithDefault("PT5S")
        Duration requestTimeout();

        /**
         * The wait after the 1st, 2nd, ... failed attempt; the last one repeats for later attempts. Each wait is
         * stretched or shortened at random by up to {@code jitter} of it, so that a partner coming back is not hit
         * by every retry at once.
         */
        @WithDefault("PT10S,PT30S,PT2M,PT10M,PT1H,PT3H,PT6H")
        List<Duration> backoff();

        /** A fraction from 0 to 1. */
        @WithDefault("0.2")
        double jitter();

        /** After this many failed attempts a delivery is FAILED; staff may queue it again. */
        @WithDefault("8")
        int maxAttempts();

        /** Calls under way at once on one replica, to all partners together. */
        @WithDefault("8")
        int concurrency();

        /** Calls under way at once on one replica to one partner. */
        @WithDefault("2")
        int perPartnerConcurrency();

        /** How often a sender looks for due deliveries (new ones from this replica wake it at once). */
        @WithDefault("PT1S")
        Duration pollEvery();

        /**
         * How long a claimed delivery is left to the sender that claimed it; after that (its replica died) another
         * claims it. Longer than both timeouts together, so that a live sender never loses its claim mid-call.
         */
        @WithDefault("PT1M")
        Duration lease();

        /**
         * Plain http webhook URLs besides https: for the local platform, dev mode and tests only, where a partner's
         * test receiver has no certificate (webhook/WebhookTargets refuses to start with it anywhere else).
         */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Loopback IPv4 addresses a webhook URL may name, written exactly so, although no other address off the public
         * internet may be called: the module tests' receivers on this machine. Tests and dev mode only
         * (webhook/WebhookTargets refuses to start with any anywhere else).
         */
        Optional<Set<String>> testReceivers();
    }

    Signing signing();

    Abuse abuse();

    Tally tally();

    interface Tally {
        /** How old a public tally may be: reads within this are served from memory, streams are refreshed this often. */
        @WithDefault("PT0.5S")
        Duration refreshEvery();

        /** How often a tally stream repeats the latest tally when nothing changed, so that proxies keep it open. */
        @WithDefault("PT25S")
        Duration keepAlive();
    }

    interface Abuse {
        /** Signing attempts one client address may make. */
        Limit perClientAddress();

        /** Signing attempts for addresses at one email domain. */
        Limit perEmailDomain();

        /**
         * Networks, and email domains, remembered by each limit; beyond it the least recently seen are forgotten (a
         * fresh burst at most), so that a flood from very many networks cannot fill the memory.
         */
        @WithDefault("100000")
        int maxTrackedKeys();

        /**
         * Addresses or networks of the proxies whose X-Forwarded-For is believed: the gateway and any load balancer in
         * front of it (rest/ClientAddresses). Anyone else is the client.
         */
        @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1")
        Set<String> trustedProxies();

        ProofOfWork proofOfWork();
    }

    /** An optional cost on signing through the JSON API (abuse/ProofOfWork); off while difficulty is 0. */
    interface ProofOfWork {
        /** Leading zero bits the solution's SHA-256 must have: each bit doubles the work, 16 is about 65,000 hashes. */
        @WithDefault("0")
        int difficulty();

        /** How long a challenge may be solved and used. */
        @WithDefault("PT10M")
        Duration maxAge();
    }

    /** {@code requests} at once at most, refilled evenly over {@code per}. */
    interface Limit {
        int requests();

        Duration per();
    }

    Closing closing();

    interface Closing {
        /**
         * How often petitions past their closesAt are marked CLOSED (ClosingSchedule reads it by name). Signing
         * already refuses from closesAt on, so this only bounds how late the status and the event follow.
         */
        @WithDefault("PT30S")
        Duration checkEvery();
    }

    Form form();

    /** The bot guard of the server-rendered sign form; the JSON API and the form are also rate limited (Abuse). */
    interface Form {
        /** A person needs at least this long to fill in the form; a faster post is re-shown to be sent again. */
        @WithDefault("PT3S")
        Duration minFillTime();

        /** A form served longer ago than this is re-shown, so one captured form cannot be replayed forever. */
        @WithDefault("PT24H")
        Duration maxAge();
    }

    /**
     * Signatures are stored by one writer, many per transaction (service/SignatureWriter): during a spike that is
     * what keeps the database from spending itself on commits.
     */
    interface Signing {
        /** At most this many signatures in one transaction. */
        @WithDefault("250")
        int batchSize();

        /** Signatures waiting for the writer; when it is full, signing answers 503 with Retry-After. */
        @WithDefault("5000")
        int queueCapacity();

        /** A signer waits at most this long for their signature to be stored, then gets a 503. */
        @WithDefault("PT10S")
        Duration storeTimeout();
    }
}
