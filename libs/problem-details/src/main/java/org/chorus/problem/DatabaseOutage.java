package org.chorus.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that means "the database cannot be reached just now" (a restart, a failover, a dropped
 * connection, every connection of the pool in use) from a bug. Such a failure is answered 503 with Retry-After, not
 * 500: the request was fine and the client should simply try again; an event consumer waits and applies its events
 * again. Recognised by the SQLState of any SQLException in the cause chain, where Hibernate, Agroal and the
 * transaction manager wrap it (as cause or as suppressed exception), and by Agroal's message for a busy pool.
 */
public final class DatabaseOutage {

    /** Agroal's message, with no SQLState, when no connection of the pool came free within its acquisition timeout. */
    static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout!";

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && meansUnreachable(sql.getSQLState(), sql.getMessage())) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    /**
     * Class 08 is "connection exception"; 57P01 to 57P03 are PostgreSQL's shutdown by an administrator, crash
     * shutdown and "cannot connect now" (starting up or shutting down); 53300 is "too many connections". 55000 is
     * a broad class, so only its "database is not currently accepting connections" (ALLOW_CONNECTIONS false, for
     * maintenance) counts. A pool whose connections are all in use is the client side of 53300: busy for a
     * moment, like the server, and no fault of the request or event that waited for a connection.
     */
    static boolean meansUnreachable(String sqlState, String message) {
        if (sqlState == null) {
            return POOL_ACQUISITION_TIMEOUT.equals(message);
        }
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300")
                || sqlState.equals("55000") && message != null && message.contains("not currently accepting connections");
    }
}
