package org.chorus.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

    static int countTo(String address) {
        return given().queryParam("to", address).when().get(LocalPlatform.MAILBOX + "/api/messages")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
