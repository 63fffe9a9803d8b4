package org.chorus.mailbox;

import java.time.Instant;
import java.util.List;

/** One received email as the mailbox shows it; {@code text} and {@code html} are null when the mail has no such part. */
record StoredMessage(
        String id,
        String from,
        List<String> to,
        String subject,
        String text,
        String html,
        List<Attachment> attachments,
        Instant receivedAt) {

    StoredMessage {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    boolean isAddressedTo(String address) {
        String wanted = address.strip();
        return to.stream().anyMatch(recipient -> recipient.equalsIgnoreCase(wanted));
    }
}
