package org.chorus.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong or missing prerequisite stops the start command with one sentence, before anything is built or started. */
class PrerequisitesIT {

    @Test
    void javaOlderThan17IsRefusedWithOneSentence(@TempDir Path fakeJdk) throws Exception {
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 11' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result r = up(Map.of("JAVA_HOME", fakeJdk.toString()));

        r.assertRefused("chorus: Chorus needs JDK 17 or newer: " + java + " is Java 11");
    }

    @Test
    void aTakenPortIsNamedWithWhatNeedsIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(8080, 1, InetAddress.getLoopbackAddress())) {
            Result r = up(Map.of());
            r.assertRefused("chorus: Port 8080 (needed for gateway) is already in use");
        }
    }

    @Test
    void unreachablePostgresIsNamedWithHowToFixIt() throws Exception {
        Result r = up(Map.of("DB_HOST", "db.invalid"));
        r.assertRefused("chorus: PostgreSQL is not reachable on db.invalid:5432");
    }

    private record Result(int exit, String output) {

        void assertRefused(String sentenceStart) {
            assertEquals(1, exit, output);
            String[] lines = output.strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith(sentenceStart), output);
            assertFalse(output.contains("Exception"), "no stack trace: " + output);
            assertFalse(output.contains("Building"), "nothing is built before the checks pass: " + output);
        }
    }

    private static Result up(Map<String, String> env) throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("chorus.repo", "..")).toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("deploy/local/chorus").toString(), "up")
                .directory(repo.toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the start command did not stop by itself within 60 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
