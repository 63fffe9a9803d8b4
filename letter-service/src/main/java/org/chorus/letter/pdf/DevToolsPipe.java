package org.chorus.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium spoken to over the Chrome DevTools Protocol on a pipe ({@code --remote-debugging-pipe}: JSON
 * messages ended by a NUL byte, on the browser's file descriptors 3 and 4). No port is opened, and the browser exits
 * by itself when this process goes away and the pipe closes, also after a kill -9.
 */
final class DevToolsPipe implements AutoCloseable {

    /** bash hands our stdin and stdout to Chromium as descriptors 3 and 4, and its own output goes to stderr. */
    private static final String LAUNCH = "exec 3<&0 4>&1 1>&2; exec \"$0\" \"$@\"";

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--mute-audio", "--remote-debugging-pipe",
            // A letter is self-contained: nothing in it may reach the network.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>");

    private final ObjectMapper json;
    private final Process process;
    private final OutputStream toBrowser;
    private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Duration timeout;

    private DevToolsPipe(ObjectMapper json, Process process, Duration timeout) {
        this.json = json;
        this.process = process;
        this.toBrowser = process.getOutputStream();
        this.timeout = timeout;
        Thread reader = new Thread(this::readReplies, "chromium-devtools");
        reader.setDaemon(true);
        reader.start();
    }

    static DevToolsPipe start(String chromium, Path profile, Duration timeout, ObjectMapper json) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", LAUNCH, chromium));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        DevToolsPipe pipe = new DevToolsPipe(json, process, timeout);
        pipe.call("Browser.getVersion", Map.of(), null);
        return pipe;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** One command; its result, or an IOException naming the method when the browser refuses or does not answer. */
    JsonNode call(String method, Map<String, ?> params, String session) throws IOException {
        long id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        waiting.put(id, reply);
        try {
            synchronized (toBrowser) {
                toBrowser.write(json.writeValueAsBytes(message));
                toBrowser.write(0);
                toBrowser.flush();
            }
            JsonNode answer = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.has("error")) {
                throw new IOException(method + " failed: " + answer.get("error").path("message").asText());
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(method + ": the browser went away", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(method + " took longer than " + timeout);
        } finally {
            waiting.remove(id);
        }
    }

    private void readReplies() {
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = in.read(chunk)) >= 0;) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        message.write(chunk, start, i - start);
                        deliver(message.toByteArray());
                        message.reset();
                        start = i + 1;
                    }
                }
                message.write(chunk, start, n - start);
            }
        } catch (IOException e) {
            // the browser is gone; everyone waiting hears it below
        }
        IOException gone = new IOException("Chromium exited");
        waiting.values().forEach(reply -> reply.completeExceptionally(gone));
    }

    /** Replies complete their caller; events (no id) are not needed: every step here is a command. */
    private void deliver(byte[] message) throws IOException {
        JsonNode node = json.readTree(message);
        if (node.has("id")) {
            CompletableFuture<JsonNode> reply = waiting.get(node.get("id").asLong());
            if (reply != null) {
                reply.complete(node);
            }
        }
    }

    @Override
    public void close() {
        try {
            toBrowser.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
