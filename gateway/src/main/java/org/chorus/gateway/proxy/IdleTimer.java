package org.chorus.gateway.proxy;

import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;

/** Fires once when nothing happened for the timeout; every touch() restarts the wait. */
final class IdleTimer {

    private final Vertx vertx;
    private final long timeoutMs;
    private final Runnable onIdle;
    private volatile long lastActivity;
    private volatile long timerId = -1;

    IdleTimer(Vertx vertx, long timeoutMs, Runnable onIdle) {
        this.vertx = vertx;
        this.timeoutMs = timeoutMs;
        this.onIdle = onIdle;
        touch();
        schedule(timeoutMs);
    }

    void touch() {
        lastActivity = System.nanoTime();
    }

    void cancel() {
        vertx.cancelTimer(timerId);
    }

    private void schedule(long delayMs) {
        timerId = vertx.setTimer(Math.max(1, delayMs), ignored -> check());
    }

    private void check() {
        long idleMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivity);
        if (idleMs >= timeoutMs) {
            onIdle.run();
        } else {
            schedule(timeoutMs - idleMs);
        }
    }
}
