package org.chorus.notification.mail;

import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.ext.mail.SMTPException;

/**
 * Why a send failed, in words that are safe to store and log: SMTP replies often quote the recipient, so any
 * address is blanked out. {@code permanent} is a 5xx rejection of this message; sending it again cannot help.
 */
public record SmtpFailure(boolean permanent, boolean addressRejected, String description) {

    private static final int MAX_DESCRIPTION = 300;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    /**
     * 5xx replies about authentication say our configuration is wrong, not the message: they are retried, so that
     * fixing the credentials lets the queue drain instead of failing every email at once.
     */
    private static final Set<Integer> AUTHENTICATION_REPLIES = Set.of(530, 534, 535, 538);

    /**
     * Replies that refuse the recipient itself (no such mailbox, not local, bad mailbox name): a hard bounce. Other
     * 5xx replies (552 too big, 554 refused content) are about the message, not the address.
     */
    private static final Set<Integer> ADDRESS_REPLIES = Set.of(550, 551, 553);

    public static SmtpFailure of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                boolean permanent = smtp.isPermanent() && !AUTHENTICATION_REPLIES.contains(smtp.getReplyCode());
                return new SmtpFailure(permanent, permanent && ADDRESS_REPLIES.contains(smtp.getReplyCode()),
                        safe("SMTP " + smtp.getReplyCode() + ": " + smtp.getReplyMessage()));
            }
            if (t.getCause() == null) {
                return new SmtpFailure(false, false, safe(t.getClass().getSimpleName() + ": " + t.getMessage()));
            }
        }
        return new SmtpFailure(false, false, "unknown failure");
    }

    public static String safe(String text) {
        String redacted = ADDRESS.matcher(String.valueOf(text)).replaceAll("<address>").replaceAll("[\\r\\n]+", " ");
        return redacted.length() <= MAX_DESCRIPTION ? redacted : redacted.substring(0, MAX_DESCRIPTION);
    }
}
