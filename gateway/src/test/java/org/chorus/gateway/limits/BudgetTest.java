package org.chorus.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void oneReplicaEnforcesTheWholeLimit() {
        assertEquals(new Budget(120, 60), Budget.perReplica(120, 60, 1));
    }

    @Test
    void eachReplicaEnforcesItsShare() {
        assertEquals(new Budget(40, 20), Budget.perReplica(120, 60, 3));
    }

    @Test
    void shareOfTheBurstIsRoundedUpAndNeverZero() {
        assertEquals(new Budget(2.5, 2), Budget.perReplica(10, 5, 4));
        assertEquals(1, Budget.perReplica(10, 1, 4).burst());
    }

    @Test
    void replicasBelowOneAreAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> Budget.perReplica(10, 5, 0));
    }
}
