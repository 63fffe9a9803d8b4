package org.chorus.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many emails one recipient domain gets an hour, so that a small mail server (a ministry's, a UN mission's) is
 * not flooded. Each email is given a slot: now while the domain is within its limit, else the next free one; at most
 * a minute's share goes at once. Slots are kept in memory, so after a restart a domain may get a minute's share early.
 * The domain names are only in memory, never stored or logged.
 */
final class DomainRates {

    private static final Duration HOUR = Duration.ofHours(1);

    private final int defaultPerHour;
    private final Map<String, Integer> perHourByDomain;
    private final Map<String, Schedule> schedules = new HashMap<>();

    /** @param defaultPerHour 0 for no limit on domains not named in perHourByDomain */
    DomainRates(int defaultPerHour, Map<String, Integer> perHourByDomain) {
        this.defaultPerHour = defaultPerHour;
        this.perHourByDomain = new HashMap<>();
        perHourByDomain.forEach((domain, limit) -> this.perHourByDomain.put(normalize(domain), limit));
    }

    /** @return when an email to this address may go: {@code now}, or a later slot that is then kept for it */
    synchronized Instant slotFor(String recipient, Instant now) {
        String domain = normalize(recipient.substring(recipient.lastIndexOf('@') + 1));
        int perHour = perHourByDomain.getOrDefault(domain, defaultPerHour);
        if (perHour <= 0) {
            return now;
        }
        forgetIdle(now);
        return schedules.computeIfAbsent(domain, d -> new Schedule(perHour)).book(now);
    }

    private void forgetIdle(Instant now) {
        if (schedules.size() > 10_000) {
            schedules.values().removeIf(s -> s.idleAt(now));
        }
    }

    private static String normalize(String domain) {
        return domain.trim().toLowerCase(Locale.ROOT);
    }

    /** A generic cell rate schedule: one email per interval, with a minute's share allowed at once. */
    private static final class Schedule {

        private final Duration interval;
        private final Duration burst;
        private Instant next;

        Schedule(int perHour) {
            this.interval = HOUR.dividedBy(perHour);
            this.burst = interval.multipliedBy(Math.max(1, perHour / 60) - 1L);
        }

        Instant book(Instant now) {
            Instant theoretical = next == null || next.isBefore(now) ? now : next;
            Instant slot = theoretical.minus(burst);
            next = theoretical.plus(interval);
            return slot.isBefore(now) ? now : slot;
        }

        boolean idleAt(Instant now) {
            return next == null || next.isBefore(now);
        }
    }
}
