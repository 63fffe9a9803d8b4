package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageParserTest {

    private final MessageParser parser = new MessageParser();

    @Test
    void singlePartHtmlInBase64WithLatin1IsDecoded() throws Exception {
        StoredMessage message = parse("""
                From: =?UTF-8?Q?Ch=C5=8Drus?= <petitions@chorus.test>
                To: signer@example.org
                Subject: =?ISO-8859-1?Q?Caf=E9_pour_la_p=E9tition?=
                Content-Type: text/html; charset=ISO-8859-1
                Content-Transfer-Encoding: base64

                PHA+Q2Fm6TwvcD4=
                """, "signer@example.org");

        assertEquals("petitions@chorus.test", message.from());
        assertEquals("Café pour la pétition", message.subject());
        assertEquals("<p>Café</p>", message.html());
        assertNull(message.text());
        assertEquals(List.of(), message.attachments());
    }

    @Test
    void quotedPrintableTextAndRfc2231FileNameAreDecoded() throws Exception {
        StoredMessage message = parse("""
                From: petitions@chorus.test
                To: signer@example.org
                Subject: =?UTF-8?B?4YCZ4YC84YCU4YC64YCZ4YCs?=
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Merci =E2=80=94 long line that is soft=
                 broken
                --b1
                Content-Type: text/csv
                Content-Disposition: attachment; filename*=UTF-8''sign%C3%A9s.csv
                Content-Transfer-Encoding: base64

                YSxiCg==
                --b1--
                """, "signer@example.org");

        assertEquals("မြန်မာ", message.subject());
        assertEquals("Merci — long line that is soft broken", message.text().strip());
        assertEquals(List.of(new Attachment("signés.csv", "text/csv", 4)), message.attachments());
    }

    @Test
    void inlineImageInRelatedPartIsListedAsAttachment() throws Exception {
        StoredMessage message = parse("""
                From: petitions@chorus.test
                To: signer@example.org
                Subject: logo
                Content-Type: multipart/related; boundary="r"

                --r
                Content-Type: text/html; charset=UTF-8

                <img src="cid:logo">
                --r
                Content-Type: image/png
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0K
                --r--
                """, "signer@example.org");

        assertEquals("<img src=\"cid:logo\">", message.html().strip());
        assertEquals(List.of(new Attachment(null, "image/png", 6)), message.attachments());
    }

    @Test
    void envelopeFillsMissingFromAndAddsBlindCopies() throws Exception {
        StoredMessage message = parse("""
                To: Visible <visible@example.org>, undisclosed:;
                Subject: no from

                text
                """, "visible@example.org", "hidden@example.org");

        assertEquals("bounces@chorus.test", message.from());
        assertEquals(List.of("visible@example.org", "hidden@example.org"), message.to());
    }

    @Test
    void recipientsInHeaderAndEnvelopeAreListedOnceWhateverTheirCase() throws Exception {
        StoredMessage message = parse("""
                From: petitions@chorus.test
                To: Signer@Example.org
                Cc: other@example.org

                text
                """, "signer@example.org", "other@example.org");

        assertEquals(List.of("Signer@Example.org", "other@example.org"), message.to());
        assertNull(message.subject());
    }

    private StoredMessage parse(String raw, String... envelopeRecipients) throws Exception {
        return parser.parse("id-1", Instant.EPOCH, incoming(raw, envelopeRecipients));
    }

    static MovingMessage incoming(String raw, String... envelopeRecipients) {
        MovingMessage incoming = new MovingMessage();
        incoming.setReturnPath(new MailAddress("bounces@chorus.test"));
        for (String recipient : envelopeRecipients) {
            incoming.addRecipient(new MailAddress(recipient));
        }
        incoming.setMimeMessage(GreenMailUtil.newMimeMessage(raw.replace("\n", "\r\n")));
        return incoming;
    }
}
