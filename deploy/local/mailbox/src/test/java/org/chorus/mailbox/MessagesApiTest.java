package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesApiTest {

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
    void multipartMailShowsDecodedSubjectTextHtmlAndAttachment() throws Exception {
        Instant before = Instant.now();
        mailbox.send(TestMails.confirmationWithAttachment("signer@example.org"));

        JsonNode message = mailbox.getJson("/api/messages").get(0);
        assertEquals("petitions@chorus.test", message.get("from").asText());
        assertEquals(List.of("signer@example.org"), strings(message.get("to")));
        assertEquals(TestMails.BURMESE_SUBJECT, message.get("subject").asText());
        assertEquals(TestMails.TEXT, message.get("text").asText().strip());
        assertEquals(TestMails.HTML, message.get("html").asText().strip());
        JsonNode attachment = message.get("attachments").get(0);
        assertEquals("letter.pdf", attachment.get("filename").asText());
        assertEquals("application/pdf", attachment.get("contentType").asText());
        assertEquals(TestMails.ATTACHMENT_SIZE, attachment.get("size").asLong());
        assertEquals(1, message.get("attachments").size());
        Instant receivedAt = Instant.parse(message.get("receivedAt").asText());
        assertTrue(!receivedAt.isBefore(before) && !receivedAt.isAfter(Instant.now()), receivedAt::toString);
        assertEquals(message, mailbox.getJson("/api/messages/" + message.get("id").asText()));
    }

    @Test
    void plainMailHasTextAndNullHtml() throws Exception {
        mailbox.send(TestMails.plain("reader@example.org", "Plain subject", "Just text,\nno markup."));

        JsonNode message = mailbox.getJson("/api/messages").get(0);
        assertEquals("Plain subject", message.get("subject").asText());
        assertEquals("Just text,\nno markup.", message.get("text").asText().strip());
        assertTrue(message.get("html").isNull());
        assertEquals(0, message.get("attachments").size());
    }

    @Test
    void messagesComeNewestFirst() throws Exception {
        for (String subject : List.of("first", "second", "third")) {
            mailbox.send(TestMails.plain("reader@example.org", subject, "text"));
        }

        List<String> subjects = new ArrayList<>();
        mailbox.getJson("/api/messages").forEach(message -> subjects.add(message.get("subject").asText()));
        assertEquals(List.of("third", "second", "first"), subjects);
    }

    @Test
    void toFilterMatchesAnyRecipientIgnoringCase() throws Exception {
        MimeMessage both = TestMails.plain("alice+petition@example.org", "to both", "text");
        both.addRecipients(RecipientType.CC, "Bob@Example.org");
        mailbox.send(both);
        mailbox.send(TestMails.plain("carol@example.org", "to carol", "text"));

        assertEquals(List.of("to both"), subjects(mailbox.getJson("/api/messages?to=bob@example.ORG")));
        assertEquals(List.of("to both"), subjects(mailbox.getJson("/api/messages?to=alice+petition@example.org")));
        assertEquals(List.of("to both"), subjects(mailbox.getJson("/api/messages?to=alice%2Bpetition%40example.org")));
        assertEquals(List.of("to carol"), subjects(mailbox.getJson("/api/messages?to=CAROL@example.org")));
        assertEquals(List.of(), subjects(mailbox.getJson("/api/messages?to=nobody@example.org")));
    }

    @Test
    void blindCopyRecipientsAreFoundByTheFilter() throws Exception {
        MimeMessage message = TestMails.plain("visible@example.org", "with bcc", "text");
        message.addRecipients(RecipientType.BCC, "hidden@example.org");
        mailbox.send(message);

        assertEquals(List.of("with bcc"), subjects(mailbox.getJson("/api/messages?to=hidden@example.org")));
    }

    @Test
    void emptyToFilterIsABadRequest() throws Exception {
        HttpResponse<String> response = mailbox.get("/api/messages?to=");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void deleteEmptiesTheMailbox() throws Exception {
        mailbox.send(TestMails.plain("reader@example.org", "soon gone", "text"));
        assertEquals(1, mailbox.getJson("/api/messages").size());

        HttpResponse<String> response = mailbox.request("DELETE", "/api/messages");

        assertEquals(204, response.statusCode());
        assertEquals(0, mailbox.getJson("/api/messages").size());
    }

    @Test
    void unknownIdIsA404Problem() throws Exception {
        HttpResponse<String> response = mailbox.get("/api/messages/no-such-id");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, TestMailbox.json(response).get("status").asInt());
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        assertEquals(404, mailbox.get("/api/messagesx").statusCode());
        assertEquals(404, mailbox.get("/api/messages/").statusCode());
        assertEquals(404, mailbox.get("/nothing-here").statusCode());

        HttpResponse<String> post = mailbox.request("POST", "/api/messages");
        assertEquals(405, post.statusCode());
        assertEquals("DELETE, GET", post.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, mailbox.request("DELETE", "/api/messages/some-id").statusCode());
        assertEquals(405, mailbox.request("PUT", "/").statusCode());
    }

    @Test
    void healthIsUp() throws Exception {
        assertEquals("UP", mailbox.getJson("/health").get("status").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> subjects(JsonNode messages) {
        List<String> subjects = new ArrayList<>();
        messages.forEach(message -> subjects.add(message.get("subject").asText()));
        return subjects;
    }
}
