package org.chorus.letter.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chorus.letter.events.PetitionPublished;

/**
 * What a letter template is rendered with, as plain maps and lists (Qute reads their keys in templates parsed at
 * run time). The names are the ones TemplateRequest documents for staff.
 */
public final class LetterModel {

    /** Counts of the snapshot: all signatories, those in the target's country, and how many countries. */
    public record Counts(long total, long inCountry, long countries) {
    }

    /** The batch manifest printed in every letter. */
    public record ManifestLine(long count, String root, String idsSha256) {
    }

    /** A signatory whose name this letter prints (batch/NamePolicy). */
    public record Named(String name, String country) {
    }

    /** Who the letter is addressed to. */
    public record Recipient(String name, String title, String salutation) {
    }

    private LetterModel() {
    }

    public static Map<String, Object> of(String slug, PetitionPublished.Texts petition, String targetName,
            String targetCode, Recipient recipient, Counts counts, ManifestLine manifest, List<Named> annex,
            String cutoff, String date) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("petition", Map.of("slug", slug, "title", petition.title(), "demands", petition.demands().stream()
                .map(d -> Map.of("id", d.id(), "text", d.text())).toList()));
        model.put("target", Map.of("name", targetName, "code", targetCode));
        model.put("recipient", Map.of("name", recipient.name(), "title", recipient.title() == null ? "" : recipient.title(),
                "salutation", recipient.salutation()));
        model.put("counts", Map.of("total", counts.total(), "inCountry", counts.inCountry(),
                "countries", counts.countries()));
        model.put("manifest", Map.of("count", manifest.count(), "root", manifest.root(),
                "idsSha256", manifest.idsSha256()));
        model.put("annex", annex.stream().map(n -> Map.of("name", n.name(), "country", n.country())).toList());
        model.put("cutoff", cutoff);
        model.put("date", date);
        return model;
    }
}
