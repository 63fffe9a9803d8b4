package org.chorus.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What bench/signing passes to the driver, as {@code --name value} pairs; every one has a default. */
record BenchOptions(
        URI gateway,
        URI mailbox,
        String petition,
        double rate,
        Duration warmup,
        Duration duration,
        int connections,
        Duration timeout,
        double confirmFraction,
        Duration emailWait,
        Duration settle,
        Duration convergeTimeout,
        Path runDir,
        int clockTicks,
        int pageSize,
        String dbUrl,
        String dbUser,
        String dbPassword,
        double rawTps,
        String rawDescription,
        boolean faultCheck) {

    private static final Set<String> NAMES = Set.of("gateway", "mailbox", "petition", "rate", "warmup", "duration",
            "connections", "timeout", "confirm", "email-wait", "settle", "converge-timeout", "run-dir",
            "clock-ticks", "page-size", "db-url", "db-user", "db-password", "raw-tps", "raw-description",
            "fault-check");

    static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !NAMES.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            given.put(arg.substring(2), args[++i]);
        }
        Values v = new Values(given);
        BenchOptions options = new BenchOptions(
                URI.create(v.text("gateway", "http://localhost:8080")),
                URI.create(v.text("mailbox", "http://localhost:8025")),
                v.text("petition", "myanmar-arms-embargo"),
                v.number("rate", 1000),
                v.seconds("warmup", 30),
                v.seconds("duration", 300),
                (int) v.number("connections", 32),
                v.seconds("timeout", 10),
                v.number("confirm", 0.02),
                v.seconds("email-wait", 120),
                v.seconds("settle", 10),
                v.seconds("converge-timeout", 600),
                Path.of(v.text("run-dir", ".local/run")),
                (int) v.number("clock-ticks", 100),
                (int) v.number("page-size", 4096),
                v.text("db-url", "jdbc:postgresql://localhost:5432/chorus_petition"),
                v.text("db-user", "postgres"),
                v.text("db-password", System.getenv().getOrDefault("DB_PASSWORD", "postgres")),
                v.number("raw-tps", 0),
                v.text("raw-description", ""),
                v.flag("fault-check"));
        options.check();
        return options;
    }

    private void check() {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be positive");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("--duration must be positive");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be at least 1");
        }
        if (confirmFraction < 0 || confirmFraction > 1) {
            throw new IllegalArgumentException("--confirm must be a fraction from 0 to 1");
        }
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    private record Values(Map<String, String> given) {

        String text(String name, String fallback) {
            return given.getOrDefault(name, fallback);
        }

        double number(String name, double fallback) {
            String value = given.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, not \"" + value + "\"");
            }
        }

        boolean flag(String name) {
            String value = given.getOrDefault(name, "false");
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("--" + name + " must be true or false, not \"" + value + "\"");
            }
            return value.equals("true");
        }

        Duration seconds(String name, double fallback) {
            double seconds = number(name, fallback);
            if (seconds < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }
    }
}
