package org.chorus.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmailLocaleTest {

    @Test
    void burmeseInAnySpellingIsBurmese() {
        assertEquals("my", EmailTemplates.supported("my"));
        assertEquals("my", EmailTemplates.supported("my-MM"));
        assertEquals("my", EmailTemplates.supported("MY_mm"));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", EmailTemplates.supported("en-GB"));
        assertEquals("en", EmailTemplates.supported("fr"));
        assertEquals("en", EmailTemplates.supported(""));
        assertEquals("en", EmailTemplates.supported(null));
    }
}
