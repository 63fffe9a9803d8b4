package org.chorus.mailbox;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes each mail GreenMail receives into the {@link MessageStore} instead of GreenMail's per-user IMAP folders,
 * which would keep every copy for every recipient forever.
 */
final class StoringDeliveryHandler implements MessageDeliveryHandler {

    private static final GreenMailUser NOBODY = new DiscardingUser();

    private final MessageStore store;
    private final MessageParser parser;
    private MovingMessage lastStored;

    StoringDeliveryHandler(MessageStore store, MessageParser parser) {
        this.store = store;
        this.parser = parser;
    }

    /** GreenMail calls this once per recipient of the same mail; the mailbox keeps the mail once. */
    @Override
    public synchronized GreenMailUser handle(MovingMessage incoming, MailAddress recipient) {
        if (incoming != lastStored) {
            lastStored = incoming;
            store.add(read(incoming));
        }
        return NOBODY;
    }

    private StoredMessage read(MovingMessage incoming) {
        String id = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now();
        try {
            return parser.parse(id, receivedAt, incoming);
        } catch (Exception e) {
            // The exception text may quote the mail, which must not reach the log.
            System.err.println("mailbox: could not read a received message (" + e.getClass().getSimpleName() + ")");
            return parser.unreadable(id, receivedAt, incoming);
        }
    }

    /** The user GreenMail hands each mail to after this handler: it keeps nothing, the store already has the mail. */
    private static final class DiscardingUser implements GreenMailUser {

        @Override
        public String getEmail() {
            return "nobody@mailbox.invalid";
        }

        @Override
        public String getLogin() {
            return getEmail();
        }

        @Override
        public void deliver(MovingMessage message) {
        }

        @Override
        public void deliver(MimeMessage message) {
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return getEmail();
        }
    }
}
