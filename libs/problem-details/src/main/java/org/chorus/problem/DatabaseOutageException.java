package org.chorus.problem;

/**
 * A database outage (DatabaseOutage) met by an event consumer, rethrown as the one exception its {@code @Retry}
 * retries on, so that the batch waits until the database is back. It has to be a type of its own: a record that
 * breaks a database rule (a value too long for its column, a broken constraint) fails with a PersistenceException
 * too, and SmallRye Fault Tolerance matches {@code retryOn} against every cause of a failure as well, so retrying
 * on PersistenceException or SQLException would retry that record forever and block its partition.
 */
public final class DatabaseOutageException extends RuntimeException {

    private DatabaseOutageException(Throwable outage) {
        super("the database cannot be reached just now", outage);
    }

    /**
     * @throws DatabaseOutageException when the failure is a database outage; any other failure is left to the
     *         caller, as the failure of what it was doing
     */
    public static void rethrowIfOutage(Throwable failure) {
        if (DatabaseOutage.isCauseOf(failure)) {
            throw new DatabaseOutageException(failure);
        }
    }
}
