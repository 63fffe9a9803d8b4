package org.chorus.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The local mailbox's JSON API, as a script reads it (README). */
final class Mailbox {

    private Mailbox() {
    }

    static Map<String, Object> awaitMessageTo(String address, Duration timeout) {
        AtomicReference<Map<String, Object>> found = new AtomicReference<>();
        await().atMost(timeout).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> messages = given().queryParam("to", address)
                    .when().get(LocalPlatform.MAILBOX + "/api/messages")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            if (messages.isEmpty()) {
                return false;
            }
            found.set(messages.get(0));
            return true;
        });
        return found.get();
    }

    /** Waits for an email to this address whose subject starts with {@code subjectStart}. */
    static Map<String, Object> awaitSubjectTo(String address, String subjectStart, Duration timeout) {
        AtomicReference<Map<String, Object>> found = new AtomicReference<>();
        await().atMost(timeout).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> messages = given().queryParam("to", address)
                    .when().get(LocalPlatform.MAILBOX + "/api/messages")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            messages.stream().filter(m -> String.valueOf(m.get("subject")).startsWith(subjectStart)).findFirst()
                    .ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** How many emails the mailbox holds for each address that starts with {@code prefix}. */
    static Map<String, Integer> countsByAddressStartingWith(String prefix) {
        List<Map<String, Object>> messages = given().when().get(LocalPlatform.MAILBOX + "/api/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> message : messages) {
            for (Object to : (List<?>) message.get("to")) {
                if (String.valueOf(to).startsWith(prefix)) {
                    counts.merge(String.valueOf(to), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Every attachment in the mailbox, by file name: its content type and size (the mailbox API's fields), and in
     * how many messages it came.
     */
    static Map<String, Map<String, Object>> attachmentsByFilename() {
        List<Map<String, Object>> messages = given().when().get(LocalPlatform.MAILBOX + "/api/messages")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Map<String, Object>> attachments = new HashMap<>();
        for (Map<String, Object> message : messages) {
            for (Object attachment : (List<?>) message.getOrDefault("attachments", List.of())) {
                Map<?, ?> fields = (Map<?, ?>) attachment;
                attachments.merge(String.valueOf(fields.get("filename")), new HashMap<>(Map.of(
                        "contentType", String.valueOf(fields.get("contentType")), "size", fields.get("size"),
                        "count", 1)), (seen, again) -> {
                            seen.put("count", (Integer) seen.get("count") + 1);
                            return seen;
                        });
            }
        }
        return attachments;
    }

    static int countTo(String address) {
        return given().queryParam("to", address).when().get(LocalPlatform.MAILBOX + "/api/messages")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
