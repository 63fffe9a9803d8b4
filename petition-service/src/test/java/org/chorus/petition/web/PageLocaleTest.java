package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageLocaleTest {

    private static final List<String> EN_MY = List.of("en", "my");

    @Test
    void theLinkLanguageWinsOverTheBrowser() {
        assertEquals("my", PageLocale.choose(EN_MY, "my", "en"));
    }

    @Test
    void aLinkLanguageThePetitionLacksIsIgnored() {
        assertEquals("my", PageLocale.choose(EN_MY, "fr", "my"));
        assertEquals("en", PageLocale.choose(EN_MY, "<script>", null));
    }

    @Test
    void theBrowserLanguageWithTheHighestQualityAmongThePetitionsWins() {
        assertEquals("my", PageLocale.choose(EN_MY, null, "en;q=0.3, my;q=0.9"));
        assertEquals("my", PageLocale.choose(EN_MY, null, "de-DE, de;q=0.9, my;q=0.5, en;q=0.4"));
        assertEquals("en", PageLocale.choose(EN_MY, null, "my;q=0, en;q=0.1"));
    }

    @Test
    void aRegionalVariantFindsItsLanguage() {
        assertEquals("my", PageLocale.choose(EN_MY, null, "my-MM"));
    }

    @Test
    void withoutAMatchThePetitionsDefaultLocale() {
        assertEquals("en", PageLocale.choose(EN_MY, null, "de, fr;q=0.8"));
        assertEquals("en", PageLocale.choose(EN_MY, null, null));
        assertEquals("my", PageLocale.choose(List.of("my", "en"), null, "*"));
        assertEquals("en", PageLocale.choose(EN_MY, null, ";;q=bogus,,"));
    }
}
