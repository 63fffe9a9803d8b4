package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedProcessGroupTest {

    @TempDir
    Path runDir;

    private static ProcStat inGroup(long pgrp) {
        return new ProcStat(pgrp + 1, "java", 1, pgrp, 0, 0, 0);
    }

    @Test
    void aPartRestartedUnderANewProcessGroupIsFollowed() throws Exception {
        Path pidFile = runDir.resolve("petition-service.pid");
        Files.writeString(pidFile, "4100 123456\n");
        AtomicLong clock = new AtomicLong();
        RecordedProcessGroup group = new RecordedProcessGroup(pidFile, clock::get);
        assertTrue(group.test(inGroup(4100)));
        assertFalse(group.test(inGroup(5200)));

        Files.writeString(pidFile, "5200 123999\n");
        clock.addAndGet(1_000_000_000L);
        assertTrue(group.test(inGroup(5200)));
        assertFalse(group.test(inGroup(4100)));
    }

    @Test
    void whileThePidFileIsGoneTheLastKnownGroupCounts() throws Exception {
        Path pidFile = runDir.resolve("kafka.pid");
        Files.writeString(pidFile, "300 1\n");
        AtomicLong clock = new AtomicLong();
        RecordedProcessGroup group = new RecordedProcessGroup(pidFile, clock::get);
        assertTrue(group.test(inGroup(300)));
        Files.delete(pidFile);
        clock.addAndGet(1_000_000_000L);
        assertTrue(group.test(inGroup(300)));
    }
}
