package org.chorus.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chorus.letter.service.LetterLanguage;
import org.junit.jupiter.api.Test;

/** The root of a letter's HTML names the template's language and direction, whatever the template wrote there. */
class LetterLanguageTest {

    @Test
    void arabicIsWrittenRightToLeftAndTheRootsOwnLanguageAndDirectionAreReplaced() {
        assertEquals("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\" class=\"letter\" data-lang='x'><body>نص</body></html>",
                LetterLanguage.declare("<!DOCTYPE html>\n<html LANG=\"en\" class=\"letter\" dir=ltr data-lang='x' "
                        + "xml:lang=\"en\"><body>نص</body></html>", "ar"));
    }

    @Test
    void everyOtherUnLanguageIsLeftToRight() {
        for (String locale : new String[] { "en", "fr", "es", "ru", "zh" }) {
            assertEquals("<html lang=\"" + locale + "\" dir=\"ltr\"><p>x</p></html>",
                    LetterLanguage.declare("<html dir=\"rtl\"><p>x</p></html>", locale));
        }
    }

    @Test
    void aFragmentGetsARootAfterItsDoctypeAndComments() {
        assertEquals("<html lang=\"fa\" dir=\"rtl\">\n<p>x</p>\n</html>\n", LetterLanguage.declare("<p>x</p>", "fa"));
        assertEquals("\n<!doctype html><!-- a --> <html lang=\"he\" dir=\"rtl\">\n<p>x</p>\n</html>\n",
                LetterLanguage.declare("\n<!doctype html><!-- a --> <p>x</p>", "he"));
    }

    /** A root that something else comes before is not the root: the letter gets one around it all. */
    @Test
    void anHtmlTagAfterTextIsNotTakenForTheRoot() {
        assertEquals("<!-- a --> <html lang=\"ar\" dir=\"rtl\">\ntext <!-- b --><html lang=\"en\">\n</html>\n",
                LetterLanguage.declare("<!-- a --> text <!-- b --><html lang=\"en\">", "ar"));
    }

    @Test
    void onlyALanguageTagIsWrittenIntoTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> LetterLanguage.declare("<p>x</p>", "en\" onload=\"x"));
    }
}
