package org.chorus.petition.web;

import java.util.List;

import org.chorus.petition.ConsentTexts;

/**
 * The sign form as the petition page and the embedded form both show it (template tags/signForm.html): where it
 * posts, in which language, the consents of the petition, and what was typed and found wrong so far.
 * {@code partnerName} names the partner the partner consent is about, where it is known; {@code hidden} are fields
 * of the page's own that go along with the form. {@code sensitiveStates} names, in the page's language, the states
 * whose governments never get a signer's name (empty if the petition names none): the form says so under the consent
 * to be named. A null {@code action} makes the form inert (a staff preview's): no method, no action, no working
 * button.
 */
public record SignFormView(String action, PageLang lang, ConsentTexts consents, String sensitiveStates,
        List<Countries.Country> countries, SignForm form, FormErrors errors, String started, String partnerName,
        List<HiddenField> hidden) {

    public record HiddenField(String name, String value) {
    }

    public boolean inert() {
        return action == null;
    }
}
