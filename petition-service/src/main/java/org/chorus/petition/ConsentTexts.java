package org.chorus.petition;

/** The words a signer agrees to, per consent, in one locale; their version is the petition's consentVersion. */
public record ConsentTexts(String processing, String updates, String partner, String nameInLetters) {
}
