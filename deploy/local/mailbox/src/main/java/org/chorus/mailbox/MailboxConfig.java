package org.chorus.mailbox;

import java.util.Map;

/** Where the mailbox listens; the defaults are the local platform's ports (API.md, "Local mailbox"). */
record MailboxConfig(int smtpPort, int httpPort) {

    static final int DEFAULT_SMTP_PORT = 2525;
    static final int DEFAULT_HTTP_PORT = 8025;

    static MailboxConfig fromEnvironment(Map<String, String> environment) {
        return new MailboxConfig(
                port(environment, "MAILBOX_SMTP_PORT", DEFAULT_SMTP_PORT),
                port(environment, "MAILBOX_HTTP_PORT", DEFAULT_HTTP_PORT));
    }

    private static int port(Map<String, String> environment, String variable, int defaultPort) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, with the same sentence as an out-of-range number.
        }
        throw new IllegalArgumentException(variable + " must be a port number from 1 to 65535, not \"" + value + "\"");
    }
}
