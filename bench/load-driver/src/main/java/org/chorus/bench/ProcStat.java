package org.chorus.bench;

/** One line of {@code /proc/<pid>/stat}: the fields the process table needs. */
record ProcStat(long pid, String comm, long ppid, long pgrp, long cpuTicks, long startTime, long rssPages) {

    /** The name is in parentheses and may itself hold spaces and parentheses: the fields follow the last ')'. */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line");
        }
        long pid = Long.parseLong(line.substring(0, open).strip());
        String comm = line.substring(open + 1, close);
        // fields[0] is field 3 of proc(5) (state): field n is fields[n - 3]
        String[] fields = line.substring(close + 2).strip().split(" +");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return new ProcStat(pid, comm, Long.parseLong(fields[1]), Long.parseLong(fields[2]), utime + stime,
                Long.parseLong(fields[19]), Long.parseLong(fields[21]));
    }

    /** Busy and total clock ticks of all cores together, from the first line of {@code /proc/stat}. */
    record Machine(long busyTicks, long totalTicks) {

        static Machine parse(String cpuLine) {
            String[] f = cpuLine.strip().split(" +");
            if (!f[0].equals("cpu")) {
                throw new IllegalArgumentException("not the cpu line of /proc/stat");
            }
            long total = 0;
            // user nice system idle iowait irq softirq steal (guest time is already in user)
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new Machine(total - idle, total);
        }
    }

    /** CPU time as a share of the machine: 100 % is every core busy for the whole wall time. */
    static double cpuPercentOfMachine(long ticks, int clockTicksPerSecond, long wallNanos, int cores) {
        if (wallNanos <= 0) {
            return 0;
        }
        return 100.0 * ticks / clockTicksPerSecond / (wallNanos / 1e9) / cores;
    }
}
