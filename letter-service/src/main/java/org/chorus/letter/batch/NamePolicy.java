package org.chorus.letter.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chorus.letter.rest.dto.NamesView;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.LetterModel;

/**
 * Whose names the letter to one target prints: the one rule that batches and previews share (LetterComposer). A
 * name is printed in the letter to a target only if its signer consented to be named, the target is not a state the
 * petition accuses (its sensitive states: the government a signer may be in danger from), and the target is not the
 * signer's own country, unless they chose to be named to their own government too. Targets are states, Security
 * Council members included, so a target's country is its code.
 */
public final class NamePolicy {

    /** Why a counted signature's name stays out of a letter; the first that applies is the reason given. */
    public enum Withheld {
        NOT_CONSENTED("not consented"),
        SENSITIVE_STATE("sensitive state: "),
        OWN_GOVERNMENT_NOT_CHOSEN("signer's own government, not chosen");

        private final String label;

        Withheld(String label) {
            this.label = label;
        }

        String label(TargetView target) {
            return this == SENSITIVE_STATE ? label + target.name() : label;
        }
    }

    /** A counted signature as the rule needs it; {@code displayName} is null unless its signer consented. */
    public record Signer(UUID signatureId, String country, String displayName, boolean nameToOwnGovernment) {
    }

    /** The names one letter prints (by country, then name) and how many were withheld, for which reason. */
    public record Names(TargetView target, List<LetterModel.Named> printed, Map<Withheld, Long> withheld) {

        /** Counts only: no more of the signers than the letter itself shows. */
        public NamesView view() {
            return new NamesView(target.code(), printed.size(), withheld.entrySet().stream()
                    .map(e -> new NamesView.Withheld(e.getKey().name(), e.getKey().label(target), e.getValue()))
                    .toList());
        }
    }

    private NamePolicy() {
    }

    /** @param sensitiveStates the petition's sensitive states (ISO codes) */
    public static Names forTarget(Collection<Signer> signers, TargetView target, Collection<String> sensitiveStates) {
        Map<Withheld, Long> withheld = new EnumMap<>(Withheld.class);
        List<LetterModel.Named> printed = new ArrayList<>();
        for (Signer signer : signers) {
            Optional<Withheld> reason = withheld(signer, target.code(), sensitiveStates);
            if (reason.isPresent()) {
                withheld.merge(reason.get(), 1L, Long::sum);
            } else {
                printed.add(new LetterModel.Named(signer.displayName(), signer.country()));
            }
        }
        printed.sort(Comparator.comparing(LetterModel.Named::country).thenComparing(LetterModel.Named::name));
        return new Names(target, List.copyOf(printed), withheld);
    }

    /** Empty when the name may be printed in the letter to the target with this code. */
    static Optional<Withheld> withheld(Signer signer, String targetCode, Collection<String> sensitiveStates) {
        if (signer.displayName() == null) {
            return Optional.of(Withheld.NOT_CONSENTED);
        }
        if (sensitiveStates.contains(targetCode)) {
            return Optional.of(Withheld.SENSITIVE_STATE);
        }
        if (targetCode.equals(signer.country()) && !signer.nameToOwnGovernment()) {
            return Optional.of(Withheld.OWN_GOVERNMENT_NOT_CHOSEN);
        }
        return Optional.empty();
    }
}
