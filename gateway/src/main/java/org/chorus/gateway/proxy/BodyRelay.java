package org.chorus.gateway.proxy;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;

/**
 * Streams a downstream response body to the caller chunk by chunk, with back-pressure and nothing buffered, so that
 * event streams and PDF downloads flow as they are produced. The headers have been sent by then, so a failure can
 * only cut the response.
 */
final class BodyRelay {

    private BodyRelay() {
    }

    /** @param idleTimeoutMs 0 for no idle timeout */
    static void start(Vertx vertx, HttpClientResponse from, HttpServerResponse to, long idleTimeoutMs, String serviceName) {
        IdleTimer idle = idleTimeoutMs > 0 ? new IdleTimer(vertx, idleTimeoutMs, () -> {
            Log.warnf("%s went silent in the middle of a response; cutting it", serviceName);
            from.request().reset();
        }) : null;
        from.handler(chunk -> {
            if (idle != null) {
                idle.touch();
            }
            to.write(chunk);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(ignored -> from.resume());
            }
        });
        from.endHandler(ignored -> {
            stop(idle);
            to.end();
        });
        from.exceptionHandler(failure -> {
            stop(idle);
            to.reset();
        });
    }

    private static void stop(IdleTimer idle) {
        if (idle != null) {
            idle.cancel();
        }
    }
}
