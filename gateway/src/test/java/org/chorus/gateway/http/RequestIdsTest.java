package org.chorus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "a", "A-z_0.9", "0123456789012345678901234567890123456789012345678901234567890123" })
    void saneIdsAreKept(String offered) {
        assertEquals(offered, RequestIds.accept(offered));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "01234567890123456789012345678901234567890123456789012345678901234", "a b", "a\nb",
            "é", "a;b", "a:b" })
    void otherIdsAreReplacedByAUuid(String offered) {
        String id = RequestIds.accept(offered);
        assertNotEquals(offered, id);
        assertEquals(id, UUID.fromString(id).toString());
    }

    @Test
    void eachNewIdIsDifferent() {
        assertNotEquals(RequestIds.accept(null), RequestIds.accept(null));
    }
}
