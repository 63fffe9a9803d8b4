package org.chorus.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;

/** The one report bench/signing prints and keeps under bench/results/. */
final class Report {

    record ProcessRow(String name, int processes, double cpuLoad, double cpuAfter, long peakRssBytes) {
    }

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void header(BenchOptions o, String runId, String startedAt, int cores) {
        line("Chorus signing benchmark, %s (run %s)", startedAt, runId);
        line("load: %s signatures/s offered for %s s after a %s s warm-up (not counted); open model, %d connections,",
                num(o.rate()), num(o.duration().toMillis() / 1000.0), num(o.warmup().toMillis() / 1000.0),
                o.connections());
        line("      timeout %s s; POST %s/api/petitions/%s/signatures; %s %% of the signers confirm by their email",
                num(o.timeout().toMillis() / 1000.0), o.gateway(), o.petition(), num(o.confirmFraction() * 100));
        line("machine: %d cores, %s", cores, System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.println();
    }

    void signing(LoadResults r, long timeoutMillis) {
        Outcomes m = r.measured;
        line("Signing, measured window (%s s)", num(r.windowSeconds()));
        line("  requests scheduled   %d", m.scheduled);
        line("  answered 2xx in time %d", m.succeededCount());
        line("  throughput           %.1f signatures/s (2xx answers in time received during the window / %s s)",
                r.throughput(), num(r.windowSeconds()));
        line("  sustained            %.1f signatures/s (requests of the window answered 2xx in time / %s s)",
                r.sustainedRate(), num(r.windowSeconds()));
        line("  served               %.1f answers/s of any status received during the window, in time or late",
                r.servedRate());
        line("  errors               %d (%s %%)%s", m.errors(), pct(m.errors(), m.scheduled), errorList(m));
        line("  latency of 2xx       %s", percentiles(m.succeeded));
        line("  latency of all       %s  (a timeout counts as %d ms)", percentiles(m.all), timeoutMillis);
        line("  answers by status    %s", m.byStatus.isEmpty() ? "none"
                : m.byStatus.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")));
        line("  answers after their timeout (counted as timeouts above; whole run): %s",
                r.lateByStatus.isEmpty() ? "none" : r.lateByStatus.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        line("  warm-up (not counted): %d scheduled, %d 2xx, %d errors", r.warmup.scheduled,
                r.warmup.succeededCount(), r.warmup.errors());
        line("  driver's own delay   p99 %s ms, max %s ms (intended send time to the request leaving the event loop)",
                ms(r.sendLag.getValueAtPercentile(99)), ms(r.sendLag.getMaxValue()));
        line("  latencies are from each request's intended send time (no coordinated omission), in ms");
        out.println();
    }

    void timeline(LoadResults r) {
        line("Timeline (requests by intended send time, 10 s intervals; w = warm-up)");
        line("  %7s %9s %9s %9s %9s %9s %9s", "from s", "sent/s", "2xx/s", "errors/s", "p50 ms", "p99 ms", "max ms");
        for (int i = 0; i < r.intervals.size(); i++) {
            Outcomes o = r.intervals.get(i);
            long from = i * LoadResults.INTERVAL_NANOS;
            double seconds = Math.min(LoadResults.INTERVAL_NANOS, r.endNanos - r.startNanos - from) / 1e9;
            boolean warmup = r.startNanos + from < r.measureStartNanos;
            line("  %6d%s %9.1f %9.1f %9.1f %9s %9s %9s", from / 1_000_000_000L, warmup ? "w" : " ",
                    o.scheduled / seconds, o.succeededCount() / seconds, o.errors() / seconds,
                    ms(o.all.getValueAtPercentile(50)), ms(o.all.getValueAtPercentile(99)), ms(o.all.getMaxValue()));
        }
        out.println();
    }

    void raw(double rawTps, String description, double sustained, double served) {
        line("Raw ceiling (the same two INSERTs, signature and outbox row in one transaction, straight into PostgreSQL)");
        if (rawTps <= 0) {
            line("  not measured this run");
        } else {
            line("  %s", description);
            line("  raw TPS %.1f; ratio of the sustained rate %.1f / %.1f = %.3f (target at least 0.25)", rawTps,
                    sustained, rawTps, sustained / rawTps);
            line("  (answers of any status served in time or late: %.1f/s, %.3f of the raw ceiling)", served,
                    served / rawTps);
        }
        out.println();
    }

    void confirmations(Confirmer c, long emailWaitSeconds) {
        line("Confirmations (while the load ran; signers chosen among those answered 2xx, in time or late)");
        line("  chosen %d, emails found %d, confirmed %d (200), errors %d%s", c.wanted, c.emailsFound, c.confirmed,
                c.confirmErrors.values().stream().mapToLong(Long::longValue).sum(),
                c.confirmErrors.isEmpty() ? "" : " " + c.confirmErrors);
        line("  no email within %d s: %d; still waiting when the load stopped: %d; mailbox reads failed: %d",
                emailWaitSeconds, c.givenUp, c.leftWaiting, c.mailboxErrors);
        line("  email found after the 202: %s  (to within the 250 ms poll)", percentiles(c.emailDelay));
        line("  confirm request          %s", percentiles(c.confirmLatency));
        out.println();
    }

    void convergence(TallyConvergence.Result t, long settleSeconds, long timeoutSeconds) {
        line("Tally convergence (GET /api/petitions/{slug}/tally every 100 ms against CONFIRMED rows in chorus_petition)");
        if (t.converged()) {
            line("  exact %.1f s after the load stopped (tally = CONFIRMED rows = %d), and still equal %d s later",
                    t.exactAfterNanos() / 1e9, t.tally(), settleSeconds);
        } else {
            line("  NOT exact within %d s of the load stopping: tally %d, CONFIRMED rows %d", timeoutSeconds, t.tally(),
                    t.confirmed());
        }
        line("  %d polls, %d failed; equal and then unequal again %d times; tally above the rows in %d polls",
                t.polls(), t.pollErrors(), t.flaps(), t.overcounts());
        line("  slowest count query %.0f ms", t.longestCountQueryNanos() / 1e6);
        out.println();
    }

    void faultCheck(FaultCheck.Result f) {
        line("Fault check (every 2xx-answered signature in chorus_petition exactly once; the tally against CONFIRMED rows)");
        line("  answered 2xx: %d; stored exactly once: %d; missing: %d%s; stored more than once: %d%s",
                f.accepted(), f.storedOnce(), f.missing().size(), firstNumbers(f.missing()), f.duplicated().size(),
                firstNumbers(f.duplicated()));
        line("  stored without a 2xx answer reaching the driver (the fault cut the answer off): %d", f.storedUnanswered());
        line("  tally total %d, CONFIRMED rows %d; by country %s", f.tallyTotal(), f.confirmed(),
                f.tallyByCountry().equals(f.confirmedByCountry()) ? "equal"
                        : "DIFFERENT: tally " + f.tallyByCountry() + ", rows " + f.confirmedByCountry());
        line("  verdict: %s", f.passed() ? "PASSED" : "FAILED");
        out.println();
    }

    private static String firstNumbers(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        return " (signers " + numbers.subList(0, Math.min(20, numbers.size())) + (numbers.size() > 20 ? " …)" : ")");
    }

    void processes(List<ProcessRow> rows, ProcessRow sum, ProcessRow machine, int cores, double afterSeconds) {
        line("Processes (CPU as a share of the machine's %d cores, 100 %% = all busy; \"load\" = measured window,", cores);
        line("  \"after\" = the %.0f s from the load stopping to the tally being exact; peak RSS = largest sum over the", afterSeconds);
        line("  group's processes in one sample, warm-up included; PostgreSQL's RSS counts its shared buffers in each process)");
        line("  %-22s %5s %9s %9s %10s", "part", "procs", "CPU load", "CPU after", "peak RSS");
        for (ProcessRow row : rows) {
            processRow(row);
        }
        processRow(sum);
        line("  %-22s %5s %8.1f%% %8.1f%%", machine.name(), "", machine.cpuLoad(), machine.cpuAfter());
        line("  %-22s %5s %8.1f%% %8.1f%%", "everything else", "", machine.cpuLoad() - sum.cpuLoad(),
                machine.cpuAfter() - sum.cpuAfter());
        out.println();
    }

    private void processRow(ProcessRow row) {
        line("  %-22s %5d %8.1f%% %8.1f%% %7d MB", row.name(), row.processes(), row.cpuLoad(), row.cpuAfter(),
                row.peakRssBytes() / (1024 * 1024));
    }

    void verdict(BenchOptions o, LoadResults r, double rawTps) {
        Outcomes m = r.measured;
        double p99 = m.all.getValueAtPercentile(99) / 1000.0;
        boolean fullRun = o.rate() >= 1000 && o.duration().toSeconds() >= 300;
        line("Target of issue 3%s", fullRun ? "" : " (this run is shorter or slower than the target run)");
        line("  at least 1000 signatures/s for 300 s: %s (%.1f/s for %s s)",
                yes(fullRun && r.sustainedRate() >= 1000), r.sustainedRate(), num(r.windowSeconds()));
        line("  p99 under 250 ms:                      %s (%s ms, all requests)", yes(p99 < 250), ms(m.all.getValueAtPercentile(99)));
        line("  no error:                              %s (%d)", yes(m.errors() == 0), m.errors());
        line("  at least 0.25 of the raw ceiling:      %s", rawTps <= 0 ? "not measured"
                : yes(r.sustainedRate() / rawTps >= 0.25)
                        + String.format(Locale.ROOT, " (%.3f)", r.sustainedRate() / rawTps));
    }

    private static String yes(boolean ok) {
        return ok ? "yes" : "no";
    }

    static String percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "no values";
        }
        return String.format(Locale.ROOT, "p50 %s  p99 %s  p99.9 %s  max %s ms  (n = %d)",
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)),
                ms(h.getMaxValue()), h.getTotalCount());
    }

    /** Microseconds as milliseconds with three significant digits at most, like the histogram keeps them. */
    static String ms(long micros) {
        double millis = micros / 1000.0;
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "0" : String.format(Locale.ROOT, "%.2f", 100.0 * part / whole);
    }

    private static String errorList(Outcomes m) {
        StringBuilder list = new StringBuilder();
        for (Map.Entry<Integer, Long> e : m.byStatus.entrySet()) {
            if (e.getKey() < 200 || e.getKey() >= 300) {
                list.append(", HTTP ").append(e.getKey()).append(": ").append(e.getValue());
            }
        }
        if (m.timeouts > 0) {
            list.append(", timeouts: ").append(m.timeouts);
        }
        m.connectionErrors.forEach((kind, n) -> list.append(", ").append(kind).append(": ").append(n));
        return list.length() == 0 ? "" : ": " + list.substring(2);
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
