package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** A confirmed signature gets one thank-you email; a withdrawn one takes its signer and unsent emails with it. */
@QuarkusTest
class ThankYouEmailTest {

    @Inject
    TestEmails emails;

    @ConfigProperty(name = "chorus.notification.public-url")
    String publicUrl;

    @Test
    void confirmedSignatureGetsOneThankYouWithTheShareAndWithdrawLinks() {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        ObjectNode confirmed = SignatureEvents.confirmedFor(submitted);
        // the confirmation twice (redelivered) and a second confirmation of the same signature under a new event id
        SignatureEvents.produce(submitted, confirmed, confirmed, SignatureEvents.confirmedFor(submitted));

        List<Mailbox.Email> received = Mailbox.awaitExactly(address, 2);
        Mailbox.Email thanks = received.stream().filter(e -> e.subject().startsWith("Thank you")).findFirst().orElseThrow();
        assertEquals("Thank you: your signature counts – Stop the arms flow to the Myanmar military", thanks.subject());
        String withdraw = publicUrl + "/withdraw?token=" + SignatureEvents.withdrawToken(submitted) + "&lang=en";
        String share = publicUrl + "/p/myanmar-arms-embargo?lang=en";
        assertThat(thanks.text(), containsString("Hello Aung San,"));
        assertThat(thanks.text(), containsString("it now counts"));
        assertThat(thanks.text(), containsString(withdraw));
        assertThat(thanks.text(), containsString(share));
        assertThat(thanks.html(), containsString("href=\"" + withdraw.replace("&", "&amp;") + "\""));
        assertThat(thanks.html(), containsString("href=\"" + share + "\""));

        EmailMessage row = emails.oneForEvent(SignatureEvents.id(confirmed));
        assertEquals(EmailMessage.Kind.THANK_YOU, row.kind);
        assertEquals(SignatureEvents.signatureId(submitted), row.signatureId);
        assertTrue(emails.signer(SignatureEvents.signatureId(submitted)).orElseThrow().confirmed());
    }

    @Test
    void burmeseSignerIsThankedInBurmeseAndMarkupInTheNameStaysText() {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "<i>အောင်ဆန်း</i>", "my");
        SignatureEvents.produce(submitted, SignatureEvents.confirmedFor(submitted));

        Mailbox.Email thanks = Mailbox.awaitExactly(address, 2).stream()
                .filter(e -> e.subject().startsWith("ကျေးဇူးတင်ပါသည်")).findFirst().orElseThrow();
        assertThat(thanks.text(), containsString("အတည်ပြုပြီးပါပြီ"));
        assertThat(thanks.html(), containsString("lang=\"my\""));
        assertThat(thanks.html(), containsString("&lt;i&gt;အောင်ဆန်း&lt;/i&gt;"));
        assertThat(thanks.html(), not(containsString("<i>")));
    }

    @Test
    void withdrawnSignatureIsForgottenAndAConfirmationReadAfterwardsThanksNobody() {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        UUID signatureId = SignatureEvents.signatureId(submitted);
        SignatureEvents.produce(submitted);
        Mailbox.awaitExactlyOne(address);
        assertTrue(emails.signer(signatureId).isPresent(), "the signer is kept until the signature goes");

        ObjectNode confirmedLate = SignatureEvents.confirmedFor(submitted);
        SignatureEvents.produce(SignatureEvents.withdrawnFor(submitted), confirmedLate);

        await().atMost(Duration.ofSeconds(20)).until(() -> emails.signer(signatureId).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> emails.processed(SignatureEvents.id(confirmedLate)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> Mailbox.to(address).size() == 1);
        assertTrue(emails.forEvent(SignatureEvents.id(confirmedLate)).isEmpty());
    }

    @Test
    void withdrawalErasesTheEmailsToTheSignerThatHaveNotLeftYet() {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        UUID waiting = emails.queueNotDueUntilTomorrow(address, SignatureEvents.signatureId(submitted));
        assertFalse(emails.forEvent(waiting).isEmpty());

        SignatureEvents.produce(SignatureEvents.withdrawnFor(submitted));

        await().atMost(Duration.ofSeconds(20)).until(() -> emails.forEvent(waiting).isEmpty());
    }
}
