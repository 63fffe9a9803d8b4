package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    void theGoalIsTheTargetUntilItIsReached() {
        assertEquals(10_000, Milestone.next(10_000, 0));
        assertEquals(10_000, Milestone.next(10_000, 9_999));
        assertFalse(Milestone.goalReached(10_000, 9_999));
    }

    @Test
    void afterTheGoalTheNextOfTwoFiveTenTwentyFiftyTimesItAboveTheCount() {
        assertTrue(Milestone.goalReached(10_000, 10_000));
        assertEquals(20_000, Milestone.next(10_000, 10_000));
        assertEquals(50_000, Milestone.next(10_000, 20_000));
        assertEquals(100_000, Milestone.next(10_000, 73_456));
        assertEquals(200_000, Milestone.next(10_000, 100_000));
        assertEquals(500_000, Milestone.next(10_000, 499_999));
        assertEquals(1_000_000, Milestone.next(10_000, 500_000));
    }

    @Test
    void aPetitionWithoutAGoalCountsMilestonesFromOneThousand() {
        assertTrue(Milestone.goalReached(0, 0));
        assertEquals(1_000, Milestone.next(0, 0));
        assertEquals(2_000, Milestone.next(0, 1_000));
    }

    @Test
    void theMilestonesAreTheGoalAndItsTwoFiveTenfoldMultiples() {
        assertTrue(Milestone.isMilestone(3, 3));
        assertTrue(Milestone.isMilestone(3, 6));
        assertTrue(Milestone.isMilestone(3, 15));
        assertTrue(Milestone.isMilestone(3, 30));
        assertFalse(Milestone.isMilestone(3, 2));
        assertFalse(Milestone.isMilestone(3, 4));
        assertFalse(Milestone.isMilestone(3, 9));
        assertFalse(Milestone.isMilestone(3, 0));
        assertTrue(Milestone.isMilestone(0, 1_000));
        assertFalse(Milestone.isMilestone(0, 1));
        assertFalse(Milestone.isMilestone(10_000, Long.MAX_VALUE));
    }

    @Test
    void aHugeCountNeverOverflows() {
        assertEquals(Long.MAX_VALUE, Milestone.next(10_000, Long.MAX_VALUE - 1));
    }
}
