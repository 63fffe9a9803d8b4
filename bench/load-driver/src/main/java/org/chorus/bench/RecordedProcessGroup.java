package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The processes of one part: those in the process group that {@code .local/run/<part>.pid} names now. chorus up
 * writes that file again when it restarts a part that died (bench/faults kills one), so it is read again at most
 * every half second rather than once, and the restarted part's processes are counted too.
 */
final class RecordedProcessGroup implements Predicate<ProcStat> {

    private static final long REREAD_NANOS = 500_000_000L;

    private final Path pidFile;
    private final LongSupplier clock;
    private long pgid = -1;
    private long readAt;
    private boolean read;

    RecordedProcessGroup(Path pidFile, LongSupplier clock) {
        this.pidFile = pidFile;
        this.clock = clock;
    }

    @Override
    public boolean test(ProcStat process) {
        long now = clock.getAsLong();
        if (!read || now - readAt >= REREAD_NANOS) {
            read = true;
            readAt = now;
            pgid = recordedGroup();
        }
        return process.pgrp() == pgid;
    }

    /** The group in the file; the last one known while the file is missing or half written during a restart. */
    private long recordedGroup() {
        try {
            return Long.parseLong(Files.readString(pidFile).strip().split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return pgid;
        }
    }
}
