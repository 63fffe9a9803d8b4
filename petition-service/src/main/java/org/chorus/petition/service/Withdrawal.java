package org.chorus.petition.service;

import java.util.List;

import org.chorus.petition.Signature;

/** What a withdraw link did: the signature's status afterwards, and the letters that had already gone with the name. */
public record Withdrawal(Signature.Status status, List<SentNames.Sent> alreadySent) {
}
