package org.chorus.notification.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a queued update (milestone, delivered notice) is rendered with besides its signer: named values, stored as
 * JSON on each queued row. Whole numbers are printed in the signer's language when the email is rendered.
 */
public final class UpdateValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private UpdateValues() {
    }

    public static String toJson(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("update values cannot be written", e);
        }
    }

    public static Map<String, Object> fromJson(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored update values cannot be read", e);
        }
    }
}
