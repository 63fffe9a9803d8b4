package org.chorus.petition.web;

import java.util.List;

import org.chorus.petition.ConsentTexts;

/**
 * The sign form as the petition page and the embedded form both show it (template tags/signForm.html): where it
 * posts, in which language, the consents of the petition, and what was typed and found wrong so far.
 * {@code partnerName} names the partner the partner consent is about, where it is known; {@code hidden} are fields
 * of the page's own that go along with the form.
 */
public record SignFormView(String action, PageLang lang, ConsentTexts consents, List<Countries.Country> countries,
        SignForm form, FormErrors errors, String started, String partnerName, List<HiddenField> hidden) {

    public record HiddenField(String name, String value) {
    }
}
