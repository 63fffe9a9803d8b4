package org.chorus.notification.rest.dto;

/** @param addresses how many addresses no email goes to any more */
public record SuppressionListSize(long addresses) {
}
