package org.chorus.mailbox;

import java.util.Map;

/**
 * Where the mailbox listens, and how many messages it keeps; the defaults are the local platform's ports
 * (API.md, "Local mailbox"). It keeps only the newest {@code maxMessages}: a load test sends hundreds of mails a
 * second, and the mailbox runs with a 64 MB heap.
 */
record MailboxConfig(int smtpPort, int httpPort, int maxMessages) {

    static final int DEFAULT_SMTP_PORT = 2525;
    static final int DEFAULT_HTTP_PORT = 8025;
    static final int DEFAULT_MAX_MESSAGES = 2000;

    MailboxConfig(int smtpPort, int httpPort) {
        this(smtpPort, httpPort, DEFAULT_MAX_MESSAGES);
    }

    static MailboxConfig fromEnvironment(Map<String, String> environment) {
        return new MailboxConfig(
                port(environment, "MAILBOX_SMTP_PORT", DEFAULT_SMTP_PORT),
                port(environment, "MAILBOX_HTTP_PORT", DEFAULT_HTTP_PORT),
                maxMessages(environment));
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

    private static int maxMessages(Map<String, String> environment) {
        String value = environment.get("MAILBOX_MAX_MESSAGES");
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_MESSAGES;
        }
        try {
            int max = Integer.parseInt(value.strip());
            if (max >= 1) {
                return max;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, with the same sentence as a number below one.
        }
        throw new IllegalArgumentException("MAILBOX_MAX_MESSAGES must be a whole number of at least 1, not \""
                + value + "\"");
    }
}
