package org.chorus.petition.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the public pages that is not a petition's own text, in English; the Burmese ones are in
 * {@code messages/msg_my.properties}. Templates use them as {@code msg:...}; the page's locale picks the language.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    @Message("Chorus")
    String siteName();

    @Message("Languages")
    String languages();

    @Message("We call for")
    String weCallFor();

    /** @param one whether the count is exactly one, for English's singular */
    @Message("{count} {#if one}person has{#else}people have{/if} signed.")
    String signedCount(String count, boolean one);

    @Message("Our goal: {target} signatures.")
    String goal(String target);

    @Message("The goal is reached! Next milestone: {target} signatures.")
    String nextMilestone(String target);

    @Message("Signatures so far")
    String progress();

    @Message("Add your name")
    String addYourName();

    @Message("Please check the form")
    String errorsTitle();

    @Message("Your name")
    String nameLabel();

    @Message("Your email address")
    String emailLabel();

    @Message("We send a link to this address to confirm your signature. It is never published.")
    String emailHint();

    @Message("Country")
    String countryLabel();

    @Message("Choose your country")
    String countryChoose();

    @Message("Postal code (optional)")
    String postalCodeLabel();

    @Message("Your choices")
    String consentsLegend();

    @Message("required")
    String required();

    /**
     * Under the consent to be named: who receives names. {@code states} names the petition's sensitive states in the
     * page's language, empty when it has none; it is what letter-service enforces (batch/NamePolicy there).
     */
    @Message("Names go only into the letters to the governments and Security Council members this petition addresses"
            + "{#if states}, and never to the government of {states}{/if}. The government of your own country gets your"
            + " name only if you also tick the next box.")
    String namesGoTo(String states);

    /** The second choice under the consent to be named, where the petition has no words of its own for it. */
    @Message("Also show my name in the letter to the government of my own country.")
    String nameToOwnGovernment();

    @Message("Leave this field empty")
    String honeypotLabel();

    @Message("Sign")
    String sign();

    /** After the partner consent, the partner it is about. */
    @Message("(the organization: {name})")
    String partnerIs(String name);

    @Message("Read the whole petition (opens in a new tab)")
    String readPetition();

    @Message("This petition is not open for signing.")
    String notOpen();

    @Message("Please enter your name.")
    String nameMissing();

    @Message("Your name can be at most 200 characters long.")
    String nameTooLong();

    @Message("Please enter your email address.")
    String emailMissing();

    @Message("Please enter an email address such as name@example.org.")
    String emailInvalid();

    @Message("Please choose your country.")
    String countryMissing();

    @Message("The postal code can be at most 20 characters long.")
    String postalCodeTooLong();

    @Message("We can only count your signature if you agree that we store it.")
    String processingRequired();

    @Message("Something in the form was not right. Please check it and send it again.")
    String formProblem();

    @Message("Please check your details and send the form again.")
    String sendAgain();

    @Message("Many people have just signed from your network. Please wait a minute, then send the form again.")
    String tooManyAttempts();

    @Message("Very many people are signing right now, and your signature could not be saved yet. Please send the form again in a few seconds.")
    String busy();

    @Message("Almost done: check your email")
    String signedTitle();

    @Message("We sent you a link to confirm your signature of “{title}”. Your signature counts once you confirm.")
    String signedText(String title);

    @Message("Confirm your signature")
    String confirmTitle();

    @Message("Confirm my signature")
    String confirmButton();

    @Message("Thank you: your signature counts")
    String confirmedTitle();

    @Message("Your signature is confirmed.")
    String confirmedText();

    @Message("This signature can no longer be confirmed")
    String notConfirmableTitle();

    @Message("It was withdrawn, or set aside by the campaign team, and no longer counts. This link cannot change that.")
    String notConfirmableText();

    @Message("Withdraw your signature")
    String withdrawTitle();

    @Message("Your signature will be removed from the petition and its counts, and your name, email address and postal code will be erased. This cannot be undone, but you can sign again.")
    String withdrawText();

    @Message("Withdraw my signature")
    String withdrawButton();

    @Message("Your signature is withdrawn")
    String withdrawnTitle();

    @Message("It no longer counts, and your personal data is erased.")
    String withdrawnText();

    @Message("The link is wrong or incomplete. Open it again from the email you received.")
    String withdrawInvalidText();

    @Message("Letters that were already sent with your name cannot be recalled. Your name was in the letters to these governments:")
    String withdrawnAlreadySent();

    @Message("Petition not found")
    String notFoundTitle();

    @Message("There is no petition at this address. Please check the link.")
    String notFoundText();

    @Message("This link is not valid")
    String invalidLinkTitle();

    @Message("The link is wrong or has expired. Sign again to get a new one.")
    String invalidLinkText();
}
