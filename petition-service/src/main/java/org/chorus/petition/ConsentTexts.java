package org.chorus.petition;

/**
 * The words a signer agrees to, per consent, in one locale; their version is the petition's consentVersion.
 * {@code nameToOwnGovernment} labels the second choice under {@code nameInLetters} ("also to the government of my own
 * country"); null where the petition leaves it to the page's own words.
 */
public record ConsentTexts(String processing, String updates, String partner, String nameInLetters,
        String nameToOwnGovernment) {
}
