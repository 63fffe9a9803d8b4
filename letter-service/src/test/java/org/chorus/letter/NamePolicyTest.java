package org.chorus.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chorus.letter.batch.NamePolicy;
import org.chorus.letter.batch.NamePolicy.Withheld;
import org.chorus.letter.rest.dto.NamesView;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.LetterModel;
import org.junit.jupiter.api.Test;

/** The rule itself, signer by signer: consent, then the accused states, then the signer's own government. */
class NamePolicyTest {

    private static final TargetView MYANMAR = new TargetView(UUID.randomUUID(), "MM", "Myanmar", "en", List.of());
    private static final TargetView THAILAND = new TargetView(UUID.randomUUID(), "TH", "Thailand", "en", List.of());
    private static final Set<String> ACCUSED = Set.of("MM");

    @Test
    void nobodyIsNamedWithoutConsentWhateverElseTheyChose() {
        NamePolicy.Names names = NamePolicy.forTarget(List.of(signer("TH", null, true), signer("FR", null, false)),
                THAILAND, Set.of());
        assertEquals(List.of(), names.printed());
        assertEquals(Map.of(Withheld.NOT_CONSENTED, 2L), names.withheld());
    }

    @Test
    void anAccusedStateGetsNoNameNotEvenOfItsOwnSignersWhoChoseIt() {
        NamePolicy.Names names = NamePolicy.forTarget(List.of(signer("MM", "Aung K.", true),
                signer("FR", "Marie", false), signer("TH", "Malee", true)), MYANMAR, ACCUSED);
        assertEquals(List.of(), names.printed());
        assertEquals(Map.of(Withheld.SENSITIVE_STATE, 3L), names.withheld());
        assertEquals(new NamesView("MM", 0, List.of(new NamesView.Withheld("SENSITIVE_STATE",
                "sensitive state: Myanmar", 3))), names.view());
    }

    @Test
    void aSignerIsNamedToTheirOwnGovernmentOnlyIfTheyChoseIt() {
        NamePolicy.Names names = NamePolicy.forTarget(List.of(signer("TH", "Somchai", false),
                signer("TH", "Malee", true), signer("MM", "Aung K.", false)), THAILAND, ACCUSED);
        assertEquals(List.of(new LetterModel.Named("Aung K.", "MM"), new LetterModel.Named("Malee", "TH")),
                names.printed(), "by country, then name");
        assertEquals(Map.of(Withheld.OWN_GOVERNMENT_NOT_CHOSEN, 1L), names.withheld());
    }

    @Test
    void withoutAccusedStatesOrChoicesEveryoneElsesGovernmentGetsTheirNames() {
        NamePolicy.Names names = NamePolicy.forTarget(List.of(signer("MM", "Aung K.", false),
                signer("FR", "Marie", false)), MYANMAR, Set.of());
        assertEquals(List.of(new LetterModel.Named("Marie", "FR")), names.printed());
        assertEquals(new NamesView("MM", 1, List.of(new NamesView.Withheld("OWN_GOVERNMENT_NOT_CHOSEN",
                "signer's own government, not chosen", 1))), names.view());
    }

    @Test
    void theReasonsAreCountedEachOnceInTheirOrder() {
        NamePolicy.Names names = NamePolicy.forTarget(List.of(signer("MM", null, false), signer("MM", "Aung K.", true),
                signer("TH", null, true)), MYANMAR, ACCUSED);
        assertEquals(List.of(new NamesView.Withheld("NOT_CONSENTED", "not consented", 2),
                new NamesView.Withheld("SENSITIVE_STATE", "sensitive state: Myanmar", 1)), names.view().withheld());
    }

    private static NamePolicy.Signer signer(String country, String name, boolean ownGovernment) {
        return new NamePolicy.Signer(UUID.randomUUID(), country, name, ownGovernment);
    }
}
