package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import org.junit.jupiter.api.Test;

class StoringDeliveryHandlerTest {

    private final MessageStore store = new MessageStore(10);
    private final StoringDeliveryHandler handler = new StoringDeliveryHandler(store, new MessageParser());

    @Test
    void mailToSeveralRecipientsIsStoredOnce() {
        MovingMessage incoming = MessageParserTest.incoming("To: a@example.org, b@example.org\nSubject: s\n\nt\n",
                "a@example.org", "b@example.org");

        incoming.getToAddresses().forEach(recipient -> handler.handle(incoming, recipient));

        assertEquals(1, store.newestFirst().size());
    }

    @Test
    void unreadableMailIsStillStoredWithItsEnvelope() {
        MovingMessage incoming = MessageParserTest.incoming("""
                Subject: broken
                Content-Type: multipart/mixed; boundary="never-used"

                no boundary anywhere
                """, "reader@example.org");

        handler.handle(incoming, new MailAddress("reader@example.org"));

        StoredMessage stored = store.newestFirst().get(0);
        assertEquals("(unreadable message)", stored.subject());
        assertEquals("bounces@chorus.test", stored.from());
        assertNull(stored.text());
        assertEquals(1, store.addressedTo("reader@example.org").size());
    }
}
