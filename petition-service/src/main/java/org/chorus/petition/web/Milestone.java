package org.chorus.petition.web;

/**
 * The number a petition page shows as its target. Until the goal is reached that is the goal itself; from then on
 * it is the first of 2, 5, 10, 20, 50, 100, 200, 500 ... times the goal that is above the count, so the page always
 * shows a target within reach and the steps grow with the campaign. A petition without a goal (zero) counts its
 * milestones from 1,000.
 */
public final class Milestone {

    private static final long[] STEPS = { 1, 2, 5 };
    private static final long NO_GOAL_BASE = 1000;

    private Milestone() {
    }

    public static boolean goalReached(long goal, long count) {
        return count >= goal;
    }

    /** @return whether {@code count} is one of the milestones (the goal itself included). */
    public static boolean isMilestone(long goal, long count) {
        // Long.MAX_VALUE is what next answers when the milestones overflow, never a milestone
        return count > 0 && count < Long.MAX_VALUE && next(goal, count - 1) == count;
    }

    /** @return the goal while it is not reached, else the smallest milestone strictly above {@code count}. */
    public static long next(long goal, long count) {
        long base = goal > 0 ? goal : NO_GOAL_BASE;
        try {
            for (long decade = 1;; decade = Math.multiplyExact(decade, 10)) {
                for (long step : STEPS) {
                    long target = Math.multiplyExact(Math.multiplyExact(base, step), decade);
                    if (target > count) {
                        return target;
                    }
                }
            }
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
