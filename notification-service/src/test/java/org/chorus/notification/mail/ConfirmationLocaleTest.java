package org.chorus.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfirmationLocaleTest {

    @Test
    void burmeseInAnySpellingIsBurmese() {
        assertEquals("my", ConfirmationTemplates.supported("my"));
        assertEquals("my", ConfirmationTemplates.supported("my-MM"));
        assertEquals("my", ConfirmationTemplates.supported("MY_mm"));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", ConfirmationTemplates.supported("en-GB"));
        assertEquals("en", ConfirmationTemplates.supported("fr"));
        assertEquals("en", ConfirmationTemplates.supported(""));
        assertEquals("en", ConfirmationTemplates.supported(null));
    }
}
