package org.chorus.mailbox;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;

/** Mails like the ones the platform sends, for the tests to send over real SMTP. */
final class TestMails {

    static final String BURMESE_SUBJECT = "မြန်မာ: thank you for signing";
    static final String TEXT = "Confirm your signature — ✓ https://chorus.test/confirm?token=abc";
    static final String HTML = "<p>Confirm your signature — ✓ <a href=\"https://chorus.test/confirm?token=abc\">here</a></p>";
    static final int ATTACHMENT_SIZE = 3000;

    private TestMails() {
    }

    static MimeMessage plain(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage((Session) null);
        message.setFrom("petitions@chorus.test");
        message.setRecipients(RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        return message;
    }

    /** multipart/mixed of a multipart/alternative (quoted-printable text, base64 HTML) and a PDF. */
    static MimeMessage confirmationWithAttachment(String to) throws MessagingException, UnsupportedEncodingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(TEXT, "UTF-8");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HTML, "UTF-8", "html");
        html.setHeader("Content-Transfer-Encoding", "base64");
        MimeBodyPart alternative = new MimeBodyPart();
        alternative.setContent(new MimeMultipart("alternative", text, html));

        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[ATTACHMENT_SIZE], "application/pdf")));
        attachment.setFileName("letter.pdf");
        attachment.setDisposition(Part.ATTACHMENT);

        MimeMessage message = new MimeMessage((Session) null);
        message.setFrom(new InternetAddress("petitions@chorus.test", "Chorus petitions"));
        message.setRecipients(RecipientType.TO, to);
        message.setSubject(BURMESE_SUBJECT, "UTF-8");
        message.setContent(new MimeMultipart("mixed", alternative, attachment));
        return message;
    }
}
