package org.chorus.notification.mail;

import org.chorus.notification.events.MilestoneReached;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a queued milestone update is rendered with besides its signer: stored as JSON on each queued row. */
public record MilestoneValues(String petitionSlug, String petitionTitle, long milestone, long total) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static MilestoneValues of(MilestoneReached reached) {
        return new MilestoneValues(reached.petitionSlug(), reached.petitionTitle().trim(), reached.milestone(),
                reached.total());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestone values cannot be written", e);
        }
    }

    public static MilestoneValues fromJson(String json) {
        try {
            return JSON.readValue(json, MilestoneValues.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored milestone values cannot be read", e);
        }
    }
}
