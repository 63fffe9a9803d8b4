package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailboxPagesTest {

    private static TestMailbox mailbox;

    @BeforeAll
    static void startMailbox() throws Exception {
        mailbox = TestMailbox.start();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        mailbox.clear();
    }

    @Test
    void listEscapesHtmlInSubjectAndRecipients() throws Exception {
        mailbox.send(TestMails.plain("\"<b>x</b>\" <reader@example.org>", "<script>alert('x')</script> & co", "t"));

        HttpResponse<String> page = mailbox.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertFalse(page.body().contains("<script>"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), page.body());
        assertTrue(page.body().contains("reader@example.org"));
    }

    @Test
    void listShowsNewestFirstWithLinks() throws Exception {
        mailbox.send(TestMails.plain("reader@example.org", "older", "t"));
        mailbox.send(TestMails.plain("reader@example.org", "newer", "t"));
        String newestId = mailbox.getJson("/api/messages").get(0).get("id").asText();

        String body = mailbox.get("/").body();

        assertTrue(body.indexOf("newer") < body.indexOf("older"));
        assertTrue(body.contains("href=\"/messages/" + newestId + "\""));
    }

    @Test
    void messagePageShowsTextInPreAndHtmlInSandboxedFrame() throws Exception {
        mailbox.send(TestMails.confirmationWithAttachment("signer@example.org"));
        String id = mailbox.getJson("/api/messages").get(0).get("id").asText();

        HttpResponse<String> page = mailbox.get("/messages/" + id);

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains(TestMails.BURMESE_SUBJECT), body);
        assertTrue(body.contains("<pre>Confirm your signature — ✓ <a href=\"https://chorus.test/confirm?token=abc\""), body);
        assertTrue(body.contains("<iframe sandbox title=\"HTML part\" srcdoc=\"&lt;p&gt;Confirm your signature — ✓ "
                + "&lt;a href=&quot;https://chorus.test/confirm?token=abc&quot;&gt;here&lt;/a&gt;&lt;/p&gt;"), body);
        assertFalse(body.contains("<p>Confirm"), body);
        assertTrue(body.contains("letter.pdf"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
    }

    @Test
    void unknownMessagePageIs404() throws Exception {
        assertEquals(404, mailbox.get("/messages/no-such-id").statusCode());
    }

    @Test
    void emptyMailboxSaysWhereToSendMail() throws Exception {
        String body = mailbox.get("/").body();

        assertTrue(body.contains("No messages yet"));
        assertTrue(body.contains("127.0.0.1:" + mailbox.smtpPort()));
    }
}
