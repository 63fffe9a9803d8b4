package org.chorus.notification.mail;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.notification.config.NotificationConfig;

/**
 * The Message-ID of each email we send: {@code <email id@our domain>}. A bounce (a DSN quotes the Message-ID of
 * the email it returns) finds its email by it, and it names nobody.
 */
@ApplicationScoped
public class MessageIds {

    private static final Pattern ID = Pattern.compile(
            "^\\s*<?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})@[^>\\s]+>?\\s*$");
    private static final Pattern FROM_DOMAIN = Pattern.compile("@([^>\\s]+)>?\\s*$");

    private final String domain;

    public MessageIds(NotificationConfig config) {
        Matcher from = FROM_DOMAIN.matcher(config.from());
        this.domain = from.find() ? from.group(1) : "chorus.invalid";
    }

    public String of(UUID emailId) {
        return "<" + emailId + "@" + domain + ">";
    }

    /** @return the email id in a Message-ID of ours (with or without the angle brackets); empty for anything else */
    public static Optional<UUID> emailIdOf(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(messageId);
        return m.matches() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }
}
