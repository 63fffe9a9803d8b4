package org.chorus.mailbox;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns what GreenMail received (the SMTP envelope and the MIME message) into a {@link StoredMessage}. */
final class MessageParser {

    StoredMessage parse(String id, Instant receivedAt, MovingMessage incoming) throws MessagingException, IOException {
        MimeMessage mime = incoming.getMessage();
        Body body = new Body();
        collect(mime, body);
        return new StoredMessage(id, sender(mime, incoming), recipients(mime, incoming), mime.getSubject(),
                body.text, body.html, body.attachments, receivedAt);
    }

    /** A message that cannot be read is still shown, so that whoever waits for it learns that it came. */
    StoredMessage unreadable(String id, Instant receivedAt, MovingMessage incoming) {
        return new StoredMessage(id, envelopeSender(incoming), envelopeRecipients(incoming),
                "(unreadable message)", null, null, List.of(), receivedAt);
    }

    private static void collect(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body);
            }
        } else if (isAttachment(part)) {
            body.attachments.add(attachment(part));
        } else if (part.isMimeType("text/plain") && body.text == null) {
            body.text = text(part);
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = text(part);
        } else {
            // An inline image, a second text part, a forwarded message: still something the reader should see.
            body.attachments.add(attachment(part));
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
    }

    private static Attachment attachment(Part part) throws MessagingException, IOException {
        try (InputStream content = part.getInputStream()) {
            long size = content.transferTo(OutputStream.nullOutputStream());
            return new Attachment(fileName(part), baseType(part), size);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || !name.contains("=?")) {
            return name;
        }
        // Many mailers encode file names like subjects (RFC 2047) although RFC 2231 says otherwise.
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    private static String baseType(Part part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    }

    /** Line ends as in any text file: CRLF belongs to the SMTP wire format, not to what the sender wrote. */
    private static String text(Part part) throws MessagingException, IOException {
        String charsetName = new ContentType(part.getContentType()).getParameter("charset");
        try (InputStream content = part.getInputStream()) {
            return new String(content.readAllBytes(), charset(charsetName)).replace("\r\n", "\n");
        }
    }

    /** UTF-8 when the charset is missing or unknown: it reads ASCII correctly and is what senders mean nowadays. */
    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String sender(MimeMessage mime, MovingMessage incoming) throws MessagingException {
        List<String> from = addresses(mime.getHeader("From", ","));
        return from.isEmpty() ? envelopeSender(incoming) : from.get(0);
    }

    /** Header recipients keep the order the sender wrote; envelope-only ones (Bcc) follow, so the filter finds them. */
    private static List<String> recipients(MimeMessage mime, MovingMessage incoming) throws MessagingException {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(addresses(mime.getHeader("To", ",")));
        all.addAll(addresses(mime.getHeader("Cc", ",")));
        all.addAll(envelopeRecipients(incoming));
        all.forEach(address -> byLowerCase.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
        return List.copyOf(byLowerCase.values());
    }

    private static List<String> addresses(String header) {
        if (header == null) {
            return List.of();
        }
        try {
            List<String> found = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                if (address.isGroup()) {
                    for (InternetAddress member : address.getGroup(false)) {
                        found.add(member.getAddress());
                    }
                } else {
                    found.add(address.getAddress());
                }
            }
            return found;
        } catch (AddressException unparsable) {
            return List.of();
        }
    }

    private static String envelopeSender(MovingMessage incoming) {
        MailAddress returnPath = incoming.getReturnPath();
        return returnPath == null ? null : returnPath.getEmail();
    }

    private static List<String> envelopeRecipients(MovingMessage incoming) {
        return incoming.getToAddresses().stream().map(MailAddress::getEmail).sorted().toList();
    }

    private static final class Body {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();
    }
}
