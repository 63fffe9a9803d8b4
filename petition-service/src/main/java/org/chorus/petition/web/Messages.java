package org.chorus.petition.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

/**
 * The page words for Java code (error messages); templates reach the same bundle as {@code msg:}. A language without
 * a bundle of its own gets the English words.
 */
@ApplicationScoped
public class Messages {

    private final PageMessages english;
    private final PageMessages burmese;

    public Messages(PageMessages english, @Localized("my") PageMessages burmese) {
        this.english = english;
        this.burmese = burmese;
    }

    public PageMessages in(PageLang lang) {
        return "my".equals(lang.tag()) ? burmese : english;
    }
}
