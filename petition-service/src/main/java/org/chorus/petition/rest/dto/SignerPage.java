package org.chorus.petition.rest.dto;

import java.util.List;

/** A page of the signer list, oldest signature first; {@code page} counts from 0. */
public record SignerPage(String petition, String status, int page, int pageSize, long total, List<SignerView> signers) {
}
