package org.chorus.gateway.routing;

/** The services behind the gateway. */
public enum Downstream {
    PETITION("petition-service"),
    LETTER("letter-service"),
    NOTIFICATION("notification-service"),
    CONSOLE("console");

    private final String serviceName;

    Downstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
