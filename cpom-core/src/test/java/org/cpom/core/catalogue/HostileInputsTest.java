package org.cpom.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.action.ActionSheetContext;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.establishment.EstablishmentFacts;
import org.cpom.core.establishment.EstablishmentRules;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputsTest {

    static List<HostileCase> cases() {
        return HostileInputs.everything();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyHostileInputIsRejectedWithItsKeyInBothLanguages(HostileCase h) {
        ValidationResult r = h.run();
        assertThat(r.isValid()).as(h.description()).isFalse();
        assertThat(r.keys()).as(h.description()).contains(h.expectedKey());
        String en = r.render(Language.EN);
        String fr = r.render(Language.FR);
        assertThat(en).isNotBlank().doesNotContain(h.expectedKey());
        assertThat(fr).isNotBlank().doesNotContain(h.expectedKey()).isNotEqualTo(en);
        // a 10,000-character input never floods the message
        assertThat(en.length()).isLessThan(2_000);
        assertThat(fr.length()).isLessThan(2_000);
        assertThat(h.columns()).isNotEmpty();
        assertThat(h.table()).startsWith("CPOM_");
    }

    @Test
    void catalogueIsLargeAndIdsAreUnique() {
        List<HostileCase> all = HostileInputs.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        Set<String> ids = new HashSet<>();
        all.forEach(h -> assertThat(ids.add(h.id())).as(h.id()).isTrue());
    }

    @Test
    void kindsAndFundingAddAtLeastFortyCasesWithIdsUnlikeTheOthers() {
        List<HostileCase> added = HostileInputs.kindsAndFunding();
        assertThat(added).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new HashSet<>();
        HostileInputs.everything().forEach(h -> assertThat(ids.add(h.id())).as(h.id()).isTrue());
        assertThat(HostileInputs.byId()).containsKeys("KIND-IVTER-NO-DEPARTEMENT", "CON-NO-LEGAL-BASIS");
        // the replays of all() keep their case list
        assertThat(HostileInputs.all()).noneMatch(h -> added.stream().anyMatch(a -> a.id().equals(h.id())));
    }

    /** The contract-kind fixture is valid: signed with no error and no warning. */
    @Test
    void kindFixturesAreValid() {
        var ip = KindFixtures.ivTer(org.cpom.core.model.DocStatus.IN_PROGRESS);
        ValidationResult r = ContractRules.checkCanComplete(
                new org.cpom.core.contract.SignatureContext(ip, KindFixtures.members(), 1, KindFixtures.budget()));
        assertThat(r.violations()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        for (var line : KindFixtures.budget()) {
            ValidationResult s = org.cpom.core.budget.BudgetRules.checkSectionAndPayer(line, ip,
                    KindFixtures.categoryOf(line.establishmentId()), KindFixtures.LABELS.get(line.establishmentId()));
            assertThat(s.violations()).as(line.toString()).isEmpty();
            assertThat(s.warnings()).as(line.toString()).isEmpty();
            assertThat(org.cpom.core.budget.BudgetRules.checkMembershipYear(line, ip,
                    KindFixtures.member(line.establishmentId())).isValid()).isTrue();
        }
    }

    /** The fixtures themselves are valid, so each case fails for its own reason only. */
    @Test
    void fixturesAreValid() {
        assertThat(EstablishmentRules.validate(Fixtures.establishment(), EstablishmentFacts.none(Fixtures.CLIENT_ID))
                .violations()).isEmpty();
        assertThat(ContractRules.checkCanComplete(Fixtures.contract(org.cpom.core.model.DocStatus.IN_PROGRESS),
                Fixtures.PERIMETER, Fixtures.LABELS, 1, Fixtures.budget()).violations()).isEmpty();
        assertThat(ActionSheetRules.validate(Fixtures.actionSheet(),
                new ActionSheetContext(Fixtures.signed(), Fixtures.CONTRACT_ID, Fixtures.PERIMETER)).violations())
                .isEmpty();
    }

    /** SQL metacharacters are plain text: accepted and unchanged in every text column that is long enough. */
    @Test
    void sqlMetacharactersAreAcceptedAndRoundTrip() {
        for (String text : HostileInputs.SQL_METACHARACTER_TEXTS) {
            for (var column : org.cpom.core.text.ColumnLimits.all()) {
                if (column.maxLength() >= text.length()) {
                    assertThat(TextRules.checkLength(column.table(), column.column(), text, "X").isValid()).isTrue();
                }
            }
            var est = new EstablishmentCopy(Fixtures.establishment());
            est.name = text;
            est.description = text;
            var e = est.build();
            assertThat(EstablishmentRules.validate(e).isValid()).as(text).isTrue();
            assertThat(Columns.of(e).get("Name")).isEqualTo(text);
        }
    }
}
