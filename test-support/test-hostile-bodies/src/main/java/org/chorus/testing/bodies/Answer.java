package org.chorus.testing.bodies;

import io.vertx.core.json.JsonObject;

/** What the service answered: status, Content-Type and body. */
public record Answer(int status, String contentType, String body) {

    public JsonObject json() {
        return new JsonObject(body);
    }
}
