package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** A vacuum that fails never stops its caller's loop, and a vacuum happens only every so many changed rows. */
class TableVacuumTest {

    @Test
    void aDataSourceThatThrowsAnythingDoesNotStopTheCaller() {
        AtomicInteger asked = new AtomicInteger();
        DataSource broken = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    asked.incrementAndGet();
                    throw new IllegalStateException("the pool is closed");
                });
        TableVacuum vacuum = new TableVacuum(broken, "outbox_event", 3);

        vacuum.changed(2);
        assertEquals(0, asked.get(), "vacuumed before 3 changed rows");
        assertDoesNotThrow(() -> vacuum.changed(1));
        assertEquals(1, asked.get());
        assertDoesNotThrow(() -> vacuum.changed(3));
        assertEquals(2, asked.get(), "after a failure, it is tried again after the next 3");
    }

    @Test
    void onlyAPlainTableNameIsTaken() {
        assertThrows(IllegalArgumentException.class,
                () -> new TableVacuum(null, "outbox_event; DROP TABLE signature", 3));
    }
}
