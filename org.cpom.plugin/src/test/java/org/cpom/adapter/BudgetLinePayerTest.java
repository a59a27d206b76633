package org.cpom.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cpom.core.model.Funder;
import org.cpom.core.model.Payer;
import org.junit.jupiter.api.Test;

/** The payer/funder derivation MCpomBudgetLine.beforeSave and JdbcRecordStore both run before the save rules. */
class BudgetLinePayerTest {

    @Test
    void theFunderFollowsThePayerEvenWhenTheWindowLeftItsDefault() {
        // a new line in the window: Payer chosen, Funder still holding its column default ARS
        for (Payer p : Payer.values()) {
            assertThat(BudgetLinePayer.derive(p.code(), "ARS", false))
                    .isEqualTo(new BudgetLinePayer.Codes(p.code(), p.funder().code()));
        }
        assertThat(BudgetLinePayer.derive("APA", "ARS", false)).isEqualTo(new BudgetLinePayer.Codes("APA", "DEP"));
        assertThat(BudgetLinePayer.derive("USR", null, false)).isEqualTo(new BudgetLinePayer.Codes("USR", "OTH"));
    }

    @Test
    void aFunderGivenAloneGetsItsDefaultPayer() {
        for (Funder f : Funder.values()) {
            assertThat(BudgetLinePayer.derive(null, f.code(), true))
                    .isEqualTo(new BudgetLinePayer.Codes(f.defaultPayer().code(), f.code()));
        }
        // the MESSIDOR rows and older writers: OTH → other payers, STA → the State, OWN → own funds
        assertThat(BudgetLinePayer.derive("", "OTH", true).payer()).isEqualTo("OTH");
        assertThat(BudgetLinePayer.derive(null, "STA", true).payer()).isEqualTo("ETA");
        // an update that changes only the funder of a stored AM line moves the payer with it
        assertThat(BudgetLinePayer.derive("AM", "OWN", true)).isEqualTo(new BudgetLinePayer.Codes("OWN", "OWN"));
    }

    @Test
    void unknownCodesAreLeftForTheRulesToReject() {
        assertThat(BudgetLinePayer.derive("XX", "ARS", false)).isEqualTo(new BudgetLinePayer.Codes("XX", "ARS"));
        assertThat(BudgetLinePayer.derive(null, "ZZZ", true)).isEqualTo(new BudgetLinePayer.Codes(null, "ZZZ"));
        assertThat(BudgetLinePayer.derive(null, null, false)).isEqualTo(new BudgetLinePayer.Codes(null, null));
    }

    @Test
    void aWriteSettingOnlyTheFunderIsRecognisedInAnyCase() {
        assertThat(BudgetLinePayer.funderOnly(Map.of("funder", "OTH", "Amount", 1))).isTrue();
        assertThat(BudgetLinePayer.funderOnly(Map.of("Funder", "OTH", "PAYER", "USR"))).isFalse();
        assertThat(BudgetLinePayer.funderOnly(Map.of("Amount", 1))).isFalse();
    }
}
