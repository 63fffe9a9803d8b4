package org.chorus.mailbox;

/** A part of an email that is neither its plain text nor its HTML; {@code size} counts decoded bytes. */
record Attachment(String filename, String contentType, long size) {
}
