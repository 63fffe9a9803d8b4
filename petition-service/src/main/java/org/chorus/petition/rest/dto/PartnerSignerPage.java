package org.chorus.petition.rest.dto;

import java.util.List;

/** A page of a partner's signers of one petition, oldest signature first; {@code page} counts from 0. */
public record PartnerSignerPage(String petition, String partner, int page, int pageSize, long total,
        List<PartnerSigner> signers) {
}
