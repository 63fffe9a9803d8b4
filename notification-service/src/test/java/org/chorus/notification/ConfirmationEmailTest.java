package org.chorus.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConfirmationEmailTest {

    @Inject
    TestEmails emails;

    @ConfigProperty(name = "chorus.notification.public-url")
    String publicUrl;

    @Test
    void submittedSignatureGetsOneEmailWithTextAndHtmlPartsAndTheConfirmLink() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        SignatureEvents.produce(event);

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        String link = publicUrl + "/confirm?token=" + SignatureEvents.token(event);
        assertEquals(List.of(address), email.to());
        assertEquals("Chorus <no-reply@chorus.example.org>", email.from());
        assertEquals("Please confirm your signature: Stop the arms flow to the Myanmar military", email.subject());
        assertThat(email.contentType(), containsString("multipart/alternative"));
        assertNotNull(email.text(), "plain-text part");
        assertNotNull(email.html(), "HTML part");
        assertThat(email.text(), containsString(link));
        assertThat(email.html(), containsString("href=\"" + link + "&amp;lang=en\""));
        assertThat(email.text(), containsString(link + "&lang=en"));
        assertThat(email.text(), containsString("counts only after you confirm"));
        assertThat(email.text(), containsString("If you did not sign this petition, ignore this email: nothing happens."));
        assertThat(email.html(), containsString("counts only after you confirm"));
    }

    @Test
    void everyConfirmationEmailCarriesTheWithdrawLinkInEveryLanguage() {
        for (String locale : List.of("en", "my")) {
            String address = SignatureEvents.newEmail();
            ObjectNode event = SignatureEvents.submitted(address, "Aung San", locale);
            SignatureEvents.produce(event);

            Mailbox.Email email = Mailbox.awaitExactlyOne(address);
            String link = publicUrl + "/withdraw?token=" + SignatureEvents.withdrawToken(event);
            assertThat(email.text(), containsString(link));
            assertThat(email.html(), containsString("href=\"" + link + "&amp;lang=" + locale + "\""));
        }
    }

    @Test
    void linkTokenIsUrlEncoded() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        String token = "a+b/c=d&e?f g-0123456789abcdef";
        ((ObjectNode) event.get("data")).put("confirmToken", token);
        SignatureEvents.produce(event);

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
        assertThat(email.text(), containsString("/confirm?token=" + encoded));
        assertThat(email.html(), containsString("/confirm?token=" + encoded + "&amp;lang=en\""));
    }

    @Test
    void nameWithMarkupShowsAsTextInTheHtmlPart() {
        String address = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(address, "<b>x</b>", "en"));

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        assertThat(email.html(), containsString("&lt;b&gt;x&lt;/b&gt;"));
        assertThat(email.html(), not(containsString("<b>x</b>")));
        assertThat(email.text(), containsString("Hello <b>x</b>,"));
    }

    @Test
    void burmeseSignerGetsTheEmailInBurmese() {
        String address = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(address, "အောင်ဆန်း", "my-MM"));

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        assertThat(email.subject(), containsString("သင့်လက်မှတ်ကို အတည်ပြုပေးပါ"));
        assertThat(email.text(), containsString("မင်္ဂလာပါ အောင်ဆန်း"));
        assertThat(email.text(), containsString("အတည်ပြုပြီးမှသာ ရေတွက်ပါမည်"));
        assertThat(email.html(), containsString("lang=\"my\""));
        assertThat(email.text(), not(containsString("Please confirm")));
    }

    @Test
    void signerInALanguageWeDoNotWriteGetsTheEmailInEnglish() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Jeanne", "fr");
        SignatureEvents.produce(event);

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        assertThat(email.subject(), containsString("Please confirm your signature"));
        assertEquals("en", emails.oneForEvent(SignatureEvents.id(event)).locale);
    }

    @Test
    void sentEmailKeepsNeitherTheAddressNorTheBodiesInTheDatabase() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        SignatureEvents.produce(event);
        Mailbox.awaitExactlyOne(address);

        EmailMessage row = emails.oneForEvent(SignatureEvents.id(event));
        assertEquals(EmailMessage.Status.SENT, row.status);
        assertEquals(EmailMessage.Kind.CONFIRMATION, row.kind);
        assertEquals(1, row.attempts);
        assertNotNull(row.sentAt);
        assertNull(row.recipientEncrypted);
        assertNull(row.textBodyEncrypted);
        assertNull(row.htmlBodyEncrypted);
        String stored = emails.rowAsText(SignatureEvents.id(event));
        assertThat(stored, not(containsString(address)));
        assertThat(stored, not(containsString(SignatureEvents.token(event))));
    }
}
