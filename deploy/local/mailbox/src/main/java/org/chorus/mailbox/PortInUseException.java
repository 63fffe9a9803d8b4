package org.chorus.mailbox;

/** Thrown when a port the mailbox needs is taken; its message is the one sentence shown to the person starting it. */
final class PortInUseException extends Exception {

    PortInUseException(int port, String variable) {
        super("port " + port + " is already in use: stop whatever holds it or set " + variable);
    }
}
