package org.chorus.notification.mail;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.ext.mail.SMTPException;

class SmtpFailureTest {

    @Test
    void permanentRejectionIsPermanentAndDoesNotQuoteTheAddress() {
        SMTPException rejected = new SMTPException("sending failed", 550,
                List.of("550 5.1.1 <aung.san@example.org>: Recipient address rejected"), true);
        SmtpFailure failure = SmtpFailure.of(new CompletionException(rejected));
        assertTrue(failure.permanent());
        assertThat(failure.description(), containsString("SMTP 550"));
        assertThat(failure.description(), not(containsString("aung.san@example.org")));
    }

    @Test
    void temporaryRejectionIsRetried() {
        SMTPException busy = new SMTPException("sending failed", 451, List.of("451 4.3.0 try again later"), true);
        assertFalse(SmtpFailure.of(busy).permanent());
    }

    @Test
    void authenticationRejectionIsRetriedBecauseTheConfigurationIsWrongNotTheMessage() {
        SMTPException auth = new SMTPException("login failed", 535, List.of("535 5.7.8 bad credentials"), true);
        assertFalse(SmtpFailure.of(auth).permanent());
    }

    @Test
    void unreachableServerIsRetried() {
        SmtpFailure failure = SmtpFailure.of(new CompletionException(new ConnectException("Connection refused")));
        assertFalse(failure.permanent());
        assertThat(failure.description(), containsString("ConnectException"));
    }
}
