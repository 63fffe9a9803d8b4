package org.chorus.notification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the unsubscribe page in English; the Burmese ones are in {@code messages/msg_my.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface UnsubscribeMessages {

    @Message("Chorus")
    String siteName();

    @Message("Get no more updates")
    String askTitle();

    @Message("You asked for updates about the petitions you signed. Press the button and this address gets no more of them. Your signatures stay counted; emails about a signature you make later (to confirm it, to thank you) still come.")
    String askText();

    @Message("Unsubscribe")
    String askButton();

    @Message("You are unsubscribed")
    String doneTitle();

    @Message("This address gets no more updates. Your signatures stay counted.")
    String doneText();

    @Message("This link does not work")
    String invalidTitle();

    @Message("The unsubscribe link is incomplete or was changed. Please open it again from the email, in one piece.")
    String invalidText();
}
