package org.chorus.console.api;

/** The services whose staff APIs the console calls. */
public enum Service {
    PETITION("petition-service"),
    LETTER("letter-service"),
    NOTIFICATION("notification-service");

    private final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
