package org.chorus.letter.service;

import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.qute.ResolutionContext;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode;

/**
 * How much work one rendering of a letter template may do: a million steps, each a text, value or section that a
 * block runs (a letter naming some 150,000 signatories, one line each). Qute keeps every iteration of a loop in
 * memory until the loop ends, so without a bound {@code {#for i in 1000000000}} fills the heap before it starts and
 * loops inside loops run for hours.
 */
final class RenderBudget {

    static final long STEPS = 1_000_000;
    private static final String ATTRIBUTE = RenderBudget.class.getName();

    private final AtomicLong left = new AtomicLong(STEPS);

    /** The budget of the rendering {@code context} belongs to (LetterRenderer gives every rendering its own). */
    static RenderBudget of(ResolutionContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof RenderBudget budget) {
            return budget;
        }
        throw new IllegalStateException("a letter template is rendered without a budget");
    }

    static String attribute() {
        return ATTRIBUTE;
    }

    void spend(int steps, TemplateNode.Origin origin) {
        if (left.addAndGet(-steps) < 0) {
            throw new TemplateException(origin, "the template does more work than a letter can (over " + STEPS
                    + " steps): a loop is too long, or loops are inside loops");
        }
    }

    /**
     * What a loop goes over: a number runs the loop that many times, and Qute sizes a list for them all before the
     * first, so a count below zero or beyond what is left is refused before it starts.
     */
    Object checkLoopOver(Object iterable, TemplateNode.Origin origin) {
        if (iterable instanceof Number count && (count.longValue() < 0 || count.longValue() > left.get())) {
            throw new TemplateException(origin, "a loop over the number " + count
                    + " is refused: a letter loops over its lists, or a count from 0 to " + STEPS);
        }
        return iterable;
    }
}
