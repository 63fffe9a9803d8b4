package org.chorus.notification;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

/** What the test SMTP server received, read as a person's mail program would. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpServerResource.received()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits for the first email to this address, then makes sure no second one follows. */
    public static Email awaitExactlyOne(String address) {
        return awaitExactly(address, 1).get(0);
    }

    /** Waits for {@code count} emails to this address, then makes sure no further one follows; oldest first. */
    public static List<Email> awaitExactly(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> to(address).size() == count);
        return to(address).stream().map(Email::of).toList();
    }

    /** Waits for the one email to this address and gives its Message-ID header. */
    public static String messageIdTo(String address) {
        awaitExactlyOne(address);
        try {
            return to(address).get(0).getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One received email: its headers, its two parts and the files attached to it. */
    public record Email(String from, List<String> to, String subject, String contentType, String text, String html,
            String listUnsubscribe, String listUnsubscribePost, List<Attachment> attachments) {

        static Email of(MimeMessage m) {
            try {
                String[] parts = new String[2];
                List<Attachment> attachments = new ArrayList<>();
                collect(m, parts, attachments);
                List<String> to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
                return new Email(m.getFrom()[0].toString(), to, m.getSubject(), m.getContentType(), parts[0], parts[1],
                        m.getHeader("List-Unsubscribe", null), m.getHeader("List-Unsubscribe-Post", null),
                        List.copyOf(attachments));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Part part, String[] parts, List<Attachment> attachments)
                throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(Attachment.of(part));
            } else if (part.isMimeType("text/plain")) {
                parts[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                parts[1] = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, parts, attachments);
                }
            }
        }
    }

    /**
     * A file attached to an email, as a mail program saves it: its name, its disposition, its MIME type without
     * parameters and its bytes once the transfer encoding is undone.
     */
    public record Attachment(String filename, String disposition, String contentType, byte[] content) {

        static Attachment of(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                return new Attachment(part.getFileName(), part.getDisposition(),
                        new ContentType(part.getContentType()).getBaseType(), in.readAllBytes());
            }
        }
    }
}
