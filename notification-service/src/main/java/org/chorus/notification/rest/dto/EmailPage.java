package org.chorus.notification.rest.dto;

import java.util.List;

/** One page of emails, newest first, and how many match in all. */
public record EmailPage(int page, int size, long total, List<EmailView> items) {
}
