package org.chorus.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Samples every second, and at each phase boundary, the CPU time and resident memory of each part of the platform
 * (the process groups in {@code .local/run/*.pid}), of PostgreSQL (every process named {@code postgres}) and of the
 * driver itself, from {@code /proc}. CPU is the sum over the group's processes of the growth of utime + stime;
 * memory is the largest sum of their RSS seen in one sample.
 */
final class ProcessSampler {

    enum Phase { WARMUP, LOAD, DRAIN }

    record Group(String name, Predicate<ProcStat> member) {
    }

    static final class Usage {
        final long[] ticks = new long[Phase.values().length];
        long peakRssBytes;
        int maxProcesses;
    }

    private record Seen(long startTime, long cpuTicks) {
    }

    private static final long SAMPLE_NANOS = 1_000_000_000L;

    private final List<Group> groups;
    private final Path proc;
    private final long pageSize;
    private final Map<String, Usage> usage = new LinkedHashMap<>();
    private final long[] machineBusy = new long[Phase.values().length];
    private final long[] wallNanos = new long[Phase.values().length];
    private Map<Long, Seen> previous = new HashMap<>();
    private ProcStat.Machine previousMachine;
    private volatile long previousAt;
    private Thread thread;
    private volatile boolean running;
    private long measureStart;
    private long measureEnd;

    ProcessSampler(List<Group> groups, Path proc, long pageSize) {
        this.groups = groups;
        this.proc = proc;
        this.pageSize = pageSize;
        groups.forEach(g -> usage.put(g.name(), new Usage()));
    }

    /** Samples from now on; the phase of each interval follows from the boundaries given. */
    void start(long measureStartNanos, long measureEndNanos) {
        this.measureStart = measureStartNanos;
        this.measureEnd = measureEndNanos;
        sample();
        running = true;
        thread = new Thread(this::loop, "process-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes a last sample and stops. */
    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
    }

    Map<String, Usage> usage() {
        return usage;
    }

    long machineBusyTicks(Phase phase) {
        return machineBusy[phase.ordinal()];
    }

    long wallNanos(Phase phase) {
        return wallNanos[phase.ordinal()];
    }

    private void loop() {
        while (running) {
            long next = previousAt + SAMPLE_NANOS;
            for (long boundary : new long[] { measureStart, measureEnd }) {
                if (boundary > previousAt && boundary < next) {
                    next = boundary;
                }
            }
            for (long wait = next - System.nanoTime(); wait > 0 && running; wait = next - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            if (running) {
                sample();
            }
        }
    }

    private synchronized void sample() {
        long now = System.nanoTime();
        List<ProcStat> all = readAll();
        ProcStat.Machine machine = readMachine();
        boolean first = previousMachine == null;
        int phase = phaseAt(previousAt).ordinal();
        Map<Long, Seen> seen = new HashMap<>();
        Map<String, long[]> rssAndCount = new HashMap<>();
        for (ProcStat p : all) {
            seen.put(p.pid(), new Seen(p.startTime(), p.cpuTicks()));
            Seen before = previous.get(p.pid());
            long delta = before != null && before.startTime() == p.startTime() ? p.cpuTicks() - before.cpuTicks()
                    : p.cpuTicks();
            for (Group group : groups) {
                if (group.member().test(p)) {
                    if (!first) {
                        usage.get(group.name()).ticks[phase] += Math.max(0, delta);
                    }
                    long[] sums = rssAndCount.computeIfAbsent(group.name(), n -> new long[2]);
                    sums[0] += p.rssPages() * pageSize;
                    sums[1]++;
                }
            }
        }
        rssAndCount.forEach((name, sums) -> {
            Usage u = usage.get(name);
            u.peakRssBytes = Math.max(u.peakRssBytes, sums[0]);
            u.maxProcesses = (int) Math.max(u.maxProcesses, sums[1]);
        });
        if (!first && machine != null) {
            machineBusy[phase] += machine.busyTicks() - previousMachine.busyTicks();
            wallNanos[phase] += now - previousAt;
        }
        previous = seen;
        previousMachine = machine;
        previousAt = now;
    }

    private Phase phaseAt(long nanos) {
        if (nanos < measureStart) {
            return Phase.WARMUP;
        }
        return nanos < measureEnd ? Phase.LOAD : Phase.DRAIN;
    }

    private List<ProcStat> readAll() {
        List<ProcStat> all = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, p -> isNumber(p.getFileName().toString()))) {
            for (Path entry : entries) {
                try {
                    all.add(ProcStat.parse(Files.readString(entry.resolve("stat"))));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + proc, e);
        }
        return all;
    }

    private ProcStat.Machine readMachine() {
        try (var lines = Files.lines(proc.resolve("stat"))) {
            return lines.findFirst().map(ProcStat.Machine::parse).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isNumber(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
