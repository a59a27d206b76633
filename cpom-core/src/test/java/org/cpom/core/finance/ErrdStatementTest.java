package org.cpom.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.core.finance.SampleLedger.A;
import static org.cpom.core.finance.SampleLedger.B;
import static org.cpom.core.finance.SampleLedger.d;

import java.math.BigDecimal;
import java.util.List;

import org.cpom.core.budget.BudgetVariance;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.junit.jupiter.api.Test;

class ErrdStatementTest {

    private static ErrdStatement sample() {
        return ErrdStatement.build(SampleLedger.YEAR, SampleLedger.flows(), List.of(A, B), SampleLedger.budget(),
                true);
    }

    private static void assertAmount(BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
    }

    @Test
    void groupsPerEstablishmentFollowTheMappingAndTheCrossings() {
        ErrdPart a = sample().establishment(101).orElseThrow();
        // C3 = 6135 40 000 + 6611 8 000 + 6811 60 000 + 675 5 000
        assertAmount(a.actual().group(FunctionalGroup.CHARGES_III), "113000");
        // P2 = 741 20 000 + 6419 credit 10 000 (an atténuation de charges shown in produits)
        assertAmount(a.actual().group(FunctionalGroup.INCOME_II), "30000");
        // P3 = 775 7 000 + 777 6 000 + 7811 4 000 + 7788 2 000
        assertAmount(a.actual().group(FunctionalGroup.INCOME_III), "19000");
        assertAmount(a.actual().charges(), "713000");
        assertAmount(a.actual().income(), "749000");
        assertAmount(a.actual().result(), "36000");
        // the balance-sheet movements (1641, 165, 1688) are no part of the compte de résultat
        assertThat(a.detail()).extracting(LedgerBalance::account).doesNotContain("1641", "165", "1688");
        assertThat(a.detail(null, FunctionalGroup.INCOME_II)).extracting(LedgerBalance::account)
                .containsExactly("6419", "741");
    }

    @Test
    void sectionsOfAnEsatAreSeparate() {
        ErrdPart b = sample().establishment(102).orElseThrow();
        assertThat(b.sections()).containsExactly(BudgetSection.ESAT_SOCIAL, BudgetSection.ESAT_COMMERCIAL);
        // BAPC: C1 = 6061 30 000 + 709 debit 1 000 (rabais accordés shown in charges); P2 701 40 000
        assertAmount(b.actual().group(BudgetSection.ESAT_COMMERCIAL, FunctionalGroup.CHARGES_I), "31000");
        assertAmount(b.actual().result(BudgetSection.ESAT_COMMERCIAL), "9000");
        // BPAS: 215 000 − (200 000 + 10 000)
        assertAmount(b.actual().result(BudgetSection.ESAT_SOCIAL), "5000");
        assertAmount(b.actual().result(), "14000");
        // BAPC forecast 45 000 − 30 000 = 15 000: réalisé 9 000 → écart −6 000, taux d'atteinte 60.00 %
        BudgetVariance bapc = b.result(BudgetSection.ESAT_COMMERCIAL);
        assertAmount(bapc.budget(), "15000");
        assertAmount(bapc.variance(), "-6000");
        assertThat(bapc.percentConsumed()).isEqualByComparingTo("60.00");
        // BPAS forecast 215 000 − 215 000 = 0: no taux d'atteinte, never a division by zero
        assertThat(b.result(BudgetSection.ESAT_SOCIAL).percentConsumed()).isNull();
        assertAmount(b.result(BudgetSection.ESAT_SOCIAL).variance(), "5000");
    }

    @Test
    void consolidatedComparedWithTheBudgetOfTheSameYear() {
        ErrdStatement s = sample();
        ErrdPart c = s.consolidated();
        assertAmount(c.actual().charges(), "954000");   // 713 000 + 241 000
        assertAmount(c.actual().income(), "1004000");   // 749 000 + 255 000
        assertAmount(c.actual().result(), "50000");
        // the 2026 line of 999 999 is not in the 2025 forecast
        assertAmount(c.forecast().income(), "990000");  // 730 000 + 260 000
        assertAmount(c.forecast().charges(), "960000"); // 715 000 + 245 000
        BudgetVariance result = c.result();
        assertAmount(result.budget(), "30000");
        assertAmount(result.variance(), "20000");       // 50 000 − 30 000
        assertThat(result.percentConsumed()).isEqualByComparingTo("166.67"); // 50 000 ÷ 30 000
        // A produits: 749 000 ÷ 730 000 = 102.6027… %
        assertThat(s.establishment(101).orElseThrow().income().percentConsumed()).isEqualByComparingTo("102.60");
        // C2 consolidated: 700 000 vs 715 000 → −15 000, 97.90 %
        BudgetVariance c2 = c.group(FunctionalGroup.CHARGES_II);
        assertAmount(c2.variance(), "-15000");
        assertThat(c2.percentConsumed()).isEqualByComparingTo("97.90");
        assertThat(s.periodClosed()).isTrue();
        assertThat(s.unassigned()).isEmpty();
        assertThat(s.unmapped()).isEmpty();
        assertThat(c.detail()).hasSize(19);
    }

    @Test
    void postingsOutsideThePerimeterAndUnmappedAccountsStayOutOfTheTotals() {
        List<LedgerBalance> flows = new java.util.ArrayList<>(SampleLedger.flows());
        flows.add(SampleLedger.row(99, "6226", FunctionalGroup.CHARGES_III, null, "7000", "0")); // head office
        flows.add(LedgerBalance.of(11, "6288", d("3000"), d("0")));                               // no group
        ErrdStatement s = ErrdStatement.build(SampleLedger.YEAR, flows, List.of(A, B), SampleLedger.budget(), false);
        assertAmount(s.consolidated().actual().result(), "50000");
        assertThat(s.unassigned()).isPresent();
        assertAmount(s.unassigned().orElseThrow().actual().charges(), "7000");
        assertThat(s.unmapped()).extracting(LedgerBalance::account).containsExactly("6288");
        assertThat(s.periodClosed()).isFalse();
    }

    @Test
    void emptyLedgerGivesZeroActualsAndTheForecast() {
        ErrdStatement s = ErrdStatement.build(SampleLedger.YEAR, List.of(), List.of(A, B), SampleLedger.budget(),
                true);
        assertAmount(s.consolidated().actual().result(), "0");
        assertAmount(s.consolidated().forecast().result(), "30000");
        assertAmount(s.consolidated().income().variance(), "-990000");
        assertThat(s.consolidated().income().percentConsumed()).isEqualByComparingTo("0.00");
    }

    @Test
    void ledgerRowsReadFromStoredCodes() {
        LedgerBalance r = LedgerBalance.ofCodes(11, " 6419 ", "P2", "", null, d("10"));
        assertThat(r.account()).isEqualTo("6419");
        assertThat(r.group()).isEqualTo(FunctionalGroup.INCOME_II);
        assertThat(r.sectionOrMain()).isEqualTo(BudgetSection.MAIN);
        assertAmount(r.groupAmount(), "10");
        assertAmount(r.debit(), "0");
        assertThat(LedgerBalance.of(11, "512", d("5"), d("1")).groupAmount()).isNull();
    }
}
