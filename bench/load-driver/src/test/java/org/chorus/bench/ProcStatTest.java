package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    @Test
    void readsTheFieldsAfterANameWithSpacesAndParentheses() {
        ProcStat stat = ProcStat.parse("4242 (java (x) y) S 1 4240 4240 0 -1 4194560 1000 0 0 0 "
                + "150 50 3 4 20 0 40 0 987654 4000000000 25600 18446744073709551615");

        assertEquals(4242, stat.pid());
        assertEquals("java (x) y", stat.comm());
        assertEquals(1, stat.ppid());
        assertEquals(4240, stat.pgrp());
        assertEquals(200, stat.cpuTicks());
        assertEquals(987654, stat.startTime());
        assertEquals(25600, stat.rssPages());
    }

    @Test
    void machineBusyTimeLeavesOutIdleAndIoWait() {
        ProcStat.Machine machine = ProcStat.Machine.parse("cpu  100 5 50 800 40 3 2 0 0 0");

        assertEquals(160, machine.busyTicks());
        assertEquals(1000, machine.totalTicks());
    }

    @Test
    void cpuShareIsOfAllCoresOverTheWallTime() {
        // 150 ticks at 100 per second over 3 s on 2 cores: half a core, a quarter of the machine
        assertEquals(25.0, ProcStat.cpuPercentOfMachine(150, 100, 3_000_000_000L, 2), 1e-9);
        assertEquals(100.0, ProcStat.cpuPercentOfMachine(600, 100, 3_000_000_000L, 2), 1e-9);
        assertEquals(0.0, ProcStat.cpuPercentOfMachine(10, 100, 0, 2), 1e-9);
    }
}
