package org.chorus.petition.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chorus.crypto.SecretKeys;
import org.chorus.petition.config.PetitionConfig;

/**
 * Keeps simple bots off the server-rendered sign form without a CAPTCHA, which would load a third party's script
 * and single out signers in Myanmar. Two checks: a honeypot field that people never see, and a minimum time to fill
 * the form in, measured from a {@code started} value the page was served with. That value carries an HMAC, so a bot
 * cannot simply post a time long past; it is bound to the petition so one value does not serve every form.
 */
@ApplicationScoped
public class FormGuard {

    /** What the guard makes of a posted form. */
    public enum Verdict {
        /** Looks like a person. */
        PASS,
        /** The honeypot was filled: answer like a success so the bot learns nothing, and store nothing. */
        BOT,
        /** Too fast, too old, or a missing or forged {@code started}: a person is asked to send it again. */
        RETRY
    }

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration minFillTime;
    private final Duration maxAge;

    @Inject
    public FormGuard(PetitionConfig config) {
        this(SecretKeys.decode(config.formKey(), "chorus.petition.form-key"), config.form().minFillTime(),
                config.form().maxAge());
    }

    FormGuard(byte[] key, Duration minFillTime, Duration maxAge) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.minFillTime = minFillTime;
        this.maxAge = maxAge;
    }

    /** The {@code started} value of a form for {@code slug} served at {@code servedAt}: millis, dot, HMAC. */
    public String stamp(String slug, Instant servedAt) {
        String millis = Long.toString(servedAt.toEpochMilli());
        return millis + "." + mac(slug, millis);
    }

    public Verdict check(String slug, String honeypot, String started, Instant now) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.BOT;
        }
        Instant servedAt = servedAt(slug, started);
        if (servedAt == null) {
            return Verdict.RETRY;
        }
        Duration age = Duration.between(servedAt, now);
        return age.compareTo(minFillTime) < 0 || age.compareTo(maxAge) > 0 ? Verdict.RETRY : Verdict.PASS;
    }

    /** @return when the form was served, or null when {@code started} is missing, malformed or not ours. */
    private Instant servedAt(String slug, String started) {
        if (started == null) {
            return null;
        }
        int dot = started.indexOf('.');
        if (dot < 1 || dot > 19) {
            return null;
        }
        String millis = started.substring(0, dot);
        byte[] expected = mac(slug, millis).getBytes(StandardCharsets.US_ASCII);
        byte[] given = started.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String mac(String slug, String millis) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((slug + "|" + millis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot authenticate the form's start time", e);
        }
    }
}
