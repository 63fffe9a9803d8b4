package org.chorus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * bench/signing's driver: signs at a constant rate through the gateway, confirms a few signatures by their
 * emails, measures how long the tally takes to be exact after the load, samples every part's CPU and memory, and
 * prints one report. Run by bench/signing, which checks the platform and measures the raw ceiling first, and by
 * bench/faults, which breaks a part of the platform meanwhile and has it check (--fault-check true) that nothing
 * answered was lost or doubled.
 */
public final class SigningBenchmark {

    /** The order of the process table; parts not named here follow by name. */
    private static final List<String> PART_ORDER = List.of("gateway", "petition-service", "letter-service",
            "notification-service", "mailbox", "kafka", "keycloak");

    private SigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench/signing: " + e.getMessage());
            System.exit(2);
            return;
        }
        String problem = petitionProblem(options);
        if (problem != null) {
            System.err.println("bench/signing: " + problem);
            System.exit(1);
        }
        System.exit(run(options));
    }

    private static int run(BenchOptions options) throws Exception {
        UUID petition = TallyConvergence.petitionId(options);
        int cores = Runtime.getRuntime().availableProcessors();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        Context loop = vertx.getOrCreateContext();
        Confirmer confirmer = new Confirmer(vertx, options);
        Signers signers = new Signers(runId, options.confirmFraction(), options.faultCheck());
        LoadDriver driver = new LoadDriver(vertx, loop, options, signers, confirmer);
        ProcessSampler sampler = new ProcessSampler(groups(options.runDir()), Path.of("/proc"), options.pageSize());

        long start = System.nanoTime() + 500_000_000L;
        long measureStart = start + options.warmup().toNanos();
        long end = measureStart + options.duration().toNanos();
        sampler.start(measureStart, end);
        loop.runOnContext(v -> confirmer.start());
        long progress = Loop.call(loop, () -> vertx.setPeriodic(10_000, id -> System.err.println(driverProgress(
                driver, start))));
        CompletableFuture<TallyConvergence.Result> convergence = new CompletableFuture<>();
        System.err.printf("bench/signing: run %s: %s s warm-up, then %s s measured%n", runId,
                options.warmup().toSeconds(), options.duration().toSeconds());

        LoadResults results = driver.run(start, () -> {
            loop.runOnContext(v -> confirmer.stop());
            Thread watcher = new Thread(() -> {
                try {
                    convergence.complete(new TallyConvergence(options).await(petition, end,
                            () -> Loop.call(loop, confirmer::busy)));
                } catch (SQLException | RuntimeException e) {
                    convergence.completeExceptionally(e);
                }
            }, "tally-convergence");
            watcher.start();
        });
        Loop.call(loop, () -> vertx.cancelTimer(progress));
        System.err.println("bench/signing: load stopped; waiting for the tally to be exact");
        TallyConvergence.Result tally;
        try {
            tally = convergence.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the tally could not be followed: " + e.getCause().getMessage(),
                    e.getCause());
        }
        sampler.stop();
        Loop.call(loop, () -> null);

        Report report = new Report(System.out);
        report.header(options, runId, startedAt, cores);
        report.signing(results, options.timeout().toMillis());
        report.timeline(results);
        report.raw(options.rawTps(), options.rawDescription(), results.sustainedRate(), results.servedRate());
        Loop.call(loop, () -> {
            report.confirmations(confirmer, options.emailWait().toSeconds());
            return null;
        });
        report.convergence(tally, options.settle().toSeconds(), options.convergeTimeout().toSeconds());
        boolean passed = true;
        if (options.faultCheck()) {
            FaultCheck.Result check = new FaultCheck(options).run(petition, signers.sourceTag(),
                    Loop.call(loop, driver::accepted));
            report.faultCheck(check);
            passed = check.passed() && tally.converged();
        }
        printProcesses(report, sampler, options.clockTicks(), cores);
        if (!options.faultCheck()) {
            report.verdict(options, results, options.rawTps());
        }

        confirmer.close();
        driver.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
        return passed ? 0 : 1;
    }

    private static String driverProgress(LoadDriver driver, long start) {
        return driver.progress((System.nanoTime() - start) / 1_000_000_000L);
    }

    private static void printProcesses(Report report, ProcessSampler sampler, int clockTicks, int cores) {
        long loadWall = sampler.wallNanos(ProcessSampler.Phase.LOAD);
        long afterWall = sampler.wallNanos(ProcessSampler.Phase.DRAIN);
        List<Report.ProcessRow> rows = new ArrayList<>();
        long loadTicks = 0;
        long afterTicks = 0;
        long rss = 0;
        int processes = 0;
        for (Map.Entry<String, ProcessSampler.Usage> e : sampler.usage().entrySet()) {
            ProcessSampler.Usage u = e.getValue();
            long load = u.ticks[ProcessSampler.Phase.LOAD.ordinal()];
            long after = u.ticks[ProcessSampler.Phase.DRAIN.ordinal()];
            rows.add(new Report.ProcessRow(e.getKey(), u.maxProcesses,
                    ProcStat.cpuPercentOfMachine(load, clockTicks, loadWall, cores),
                    ProcStat.cpuPercentOfMachine(after, clockTicks, afterWall, cores), u.peakRssBytes));
            loadTicks += load;
            afterTicks += after;
            rss += u.peakRssBytes;
            processes += u.maxProcesses;
        }
        Report.ProcessRow sum = new Report.ProcessRow("all of the above", processes,
                ProcStat.cpuPercentOfMachine(loadTicks, clockTicks, loadWall, cores),
                ProcStat.cpuPercentOfMachine(afterTicks, clockTicks, afterWall, cores), rss);
        Report.ProcessRow machine = new Report.ProcessRow("whole machine", 0,
                ProcStat.cpuPercentOfMachine(sampler.machineBusyTicks(ProcessSampler.Phase.LOAD), clockTicks,
                        loadWall, cores),
                ProcStat.cpuPercentOfMachine(sampler.machineBusyTicks(ProcessSampler.Phase.DRAIN), clockTicks,
                        afterWall, cores), 0);
        report.processes(rows, sum, machine, cores, afterWall / 1e9);
    }

    /** The parts started by deploy/local/chorus, PostgreSQL, and this driver. */
    static List<ProcessSampler.Group> groups(Path runDir) throws IOException {
        List<ProcessSampler.Group> groups = new ArrayList<>();
        List<Path> pidFiles = new ArrayList<>();
        if (Files.isDirectory(runDir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(runDir, "*.pid")) {
                files.forEach(pidFiles::add);
            }
        }
        pidFiles.sort(Comparator.comparing((Path p) -> {
            int i = PART_ORDER.indexOf(partName(p));
            return i < 0 ? PART_ORDER.size() : i;
        }).thenComparing(SigningBenchmark::partName));
        for (Path file : pidFiles) {
            String name = partName(file);
            if (name.equals("up")) {
                // the launcher itself: a shell that waits, in the process group of whoever started it
                continue;
            }
            groups.add(new ProcessSampler.Group(name, new RecordedProcessGroup(file, System::nanoTime)));
        }
        groups.add(new ProcessSampler.Group("postgresql", p -> p.comm().equals("postgres")));
        long self = ProcessHandle.current().pid();
        groups.add(new ProcessSampler.Group("load driver", p -> p.pid() == self));
        return groups;
    }

    private static String partName(Path pidFile) {
        String file = pidFile.getFileName().toString();
        return file.substring(0, file.length() - ".pid".length());
    }

    /** One sentence when the petition cannot be signed through the gateway, else null. */
    private static String petitionProblem(BenchOptions options) throws InterruptedException {
        URI uri = URI.create(options.gateway().toString().replaceAll("/$", "") + "/api/petitions/"
                + options.petition());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "GET " + uri + " answered " + response.statusCode()
                        + ": the petition must exist (start the platform with deploy/local/chorus up).";
            }
            String status = new ObjectMapper().readTree(response.body()).path("status").asText();
            return status.equals("OPEN") ? null : "petition " + options.petition() + " is " + status
                    + ", not OPEN: it cannot be signed.";
        } catch (IOException e) {
            return "the gateway does not answer at " + options.gateway()
                    + ": start the platform with deploy/local/chorus up.";
        }
    }
}
