package org.chorus.letter.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.rest.dto.ContactRequest;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.LetterModel;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;

/**
 * Renders one letter from a template, a target and the signatures counted: for a batch (frozen snapshot) and for a
 * preview (the signatures as they stand now), the same way.
 */
@ApplicationScoped
public class LetterComposer {

    /** The signatures a letter counts: ids, counts by country, and the names that may be printed. */
    record Snapshot(List<UUID> ids, Map<String, Long> byCountry, List<LetterModel.Named> named) {

        /** From rows of (signature id, country, display name or null). */
        static Snapshot of(List<Object[]> rows) {
            Map<String, Long> byCountry = new TreeMap<>();
            rows.forEach(r -> byCountry.merge(r[1].toString(), 1L, Long::sum));
            List<LetterModel.Named> named = rows.stream().filter(r -> r[2] != null)
                    .map(r -> new LetterModel.Named((String) r[2], r[1].toString()))
                    .sorted(Comparator.comparing(LetterModel.Named::country).thenComparing(LetterModel.Named::name))
                    .toList();
            return new Snapshot(rows.stream().map(r -> (UUID) r[0]).toList(), byCountry, named);
        }
    }

    private final Petitions petitions;
    private final LetterRenderer renderer;

    public LetterComposer(Petitions petitions, LetterRenderer renderer) {
        this.petitions = petitions;
        this.renderer = renderer;
    }

    LetterRenderer.Rendered render(Petition petition, LetterTemplate template, TargetView target, Snapshot snapshot,
            Manifest manifest, Instant cutoff) {
        LetterModel.Counts counts = new LetterModel.Counts(manifest.count(),
                snapshot.byCountry().getOrDefault(target.code(), 0L), snapshot.byCountry().size());
        Map<String, Object> model = LetterModel.of(petition.slug, petitions.textsIn(petition, template.locale),
                target.name(), target.code(), recipient(target), counts,
                new LetterModel.ManifestLine(manifest.count(), manifest.merkleRoot(), manifest.idsSha256()),
                snapshot.named(), cutoff.truncatedTo(ChronoUnit.SECONDS).toString(),
                LocalDate.now(ZoneOffset.UTC).toString());
        return renderer.render(template.subject, template.body, model);
    }

    /** The UN mission where the directory has one (the Council works through them), else the foreign ministry. */
    private static LetterModel.Recipient recipient(TargetView target) {
        return target.contacts().stream()
                .min(Comparator.comparing((ContactRequest c) -> c.role() == TargetContact.Role.UN_MISSION ? 0 : 1))
                .map(c -> new LetterModel.Recipient(c.name(), c.title(), c.salutation()))
                .orElse(new LetterModel.Recipient(target.name(), null, "Excellency"));
    }
}
