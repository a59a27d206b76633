package org.cpom.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static BudgetLine line(int est, int year, String amount) {
        return new BudgetLine(0, Fixtures.CONTRACT_ID, est, year, Funder.ARS, FunctionalGroup.CHARGES_II,
                BudgetSection.MAIN, new BigDecimal(amount), null);
    }

    @Test
    void generatesMissingYearsWithCompoundGrowthRoundedHalfUp() {
        Contract c = Fixtures.contract(DocStatus.IN_PROGRESS);
        List<BudgetLine> existing = new ArrayList<>(List.of(line(101, 2025, "1000.00"), line(102, 2025, "333.33"),
                line(101, 2027, "5.00")));
        BudgetGenerator.Result r = BudgetGenerator.generate(c, 2025, new BigDecimal("2.5"), existing);
        assertThat(r.alreadyExisting()).isEqualTo(1);
        assertThat(r.created()).hasSize(7);
        assertThat(r.created()).filteredOn(l -> l.establishmentId() == 101 && l.fiscalYear() == 2026)
                .extracting(BudgetLine::amount).containsExactly(new BigDecimal("1025.00"));
        // 1000 × 1.025^4 = 1103.8128906… → 1103.81
        assertThat(r.created()).filteredOn(l -> l.establishmentId() == 101 && l.fiscalYear() == 2029)
                .extracting(BudgetLine::amount).containsExactly(new BigDecimal("1103.81"));
        // 333.33 × 1.025 = 341.66325 → 341.66 ; × 1.025² = 350.2048… → 350.20
        assertThat(r.created()).filteredOn(l -> l.establishmentId() == 102 && l.fiscalYear() == 2026)
                .extracting(BudgetLine::amount).containsExactly(new BigDecimal("341.66"));
        assertThat(BudgetGenerator.grow(new BigDecimal("0.10"), new BigDecimal("1.05"), 1))
                .isEqualTo(new BigDecimal("0.11")); // 0.105 → HALF_UP
        assertThat(BudgetGenerator.grow(new BigDecimal("105.00"), new BigDecimal("1.05"), -1))
                .isEqualTo(new BigDecimal("100.00"));
        assertThatThrownBy(() -> BudgetGenerator.generate(c, 2025, BigDecimal.ONE, List.of()))
                .isInstanceOf(CpomValidationException.class).hasMessageContaining("base year 2025");
    }

    @Test
    void batchDetectsDuplicatesAgainstBatchAndStoredLines() {
        Contract c = Fixtures.draft();
        List<BudgetLine> batch = List.of(line(101, 2026, "1"), line(102, 2026, "1"), line(101, 2026, "2"));
        ValidationResult r = BudgetRules.validateBatch(c, Fixtures.PERIMETER, Fixtures.LABELS, batch, List.of());
        assertThat(r.keys()).containsExactly(MessageKeys.BUDGET_DUPLICATE);
        assertThat(r.render(Language.EN)).isEqualTo("Budget line of contract CPOM-2025-001: establishment ESAT Les "
                + "Tilleuls, year 2026, payer Assurance maladie (through the ARS; pays the ESAT BPAS dotation since 2017), "
                + "group Charges group II (staff), section Main budget already has a line.");
        assertThat(r.render(Language.FR)).isEqualTo("Ligne de budget du contrat CPOM-2025-001 : l’établissement ESAT Les "
                + "Tilleuls, année 2026, payeur Assurance maladie (via l’ARS ; verse la dotation BPAS des ESAT depuis 2017), "
                + "groupe Charges groupe II (personnel), section Budget principal a déjà une ligne.");
        BudgetLine stored = new BudgetLine(5, Fixtures.CONTRACT_ID, 101, 2027, Funder.ARS, FunctionalGroup.CHARGES_II,
                BudgetSection.MAIN, BigDecimal.TEN, null);
        assertThat(BudgetRules.validateBatch(c, Fixtures.PERIMETER, Fixtures.LABELS, List.of(stored), List.of(stored))
                .isValid()).isTrue();
        assertThat(BudgetRules.validateBatch(c, Fixtures.PERIMETER, Fixtures.LABELS, List.of(line(101, 2027, "3")),
                List.of(stored)).keys()).containsExactly(MessageKeys.BUDGET_DUPLICATE);
        assertThat(BudgetRules.checkUnique(line(101, 2027, "3"), c, List.of(stored), Fixtures.LABELS).isValid())
                .isFalse();
    }

    @Test
    void varianceAndPercentConsumed() {
        BudgetVariance v = BudgetVariance.of(new BigDecimal("1200.00"), new BigDecimal("1000.00"));
        assertThat(v.variance()).isEqualByComparingTo("-200.00");
        assertThat(v.percentConsumed()).isEqualByComparingTo("83.33");
        assertThat(v.isOverBudget()).isFalse();
        assertThat(BudgetVariance.of(BigDecimal.ZERO, BigDecimal.TEN).percentConsumed()).isNull();
        assertThat(BudgetVariance.of(new BigDecimal("3"), new BigDecimal("2")).percentConsumed())
                .isEqualByComparingTo("66.67");
    }

    @Test
    void accountGroupsLongestPrefixWins() {
        AccountGroupMapper m = AccountGroupMapper.defaultMapper();
        assertThat(m.groupOf("6066100")).contains(FunctionalGroup.CHARGES_I);
        assertThat(m.groupOf("611100")).contains(FunctionalGroup.CHARGES_I);
        assertThat(m.groupOf("613200")).contains(FunctionalGroup.CHARGES_III);
        assertThat(m.groupOf("621000")).contains(FunctionalGroup.CHARGES_II);
        assertThat(m.groupOf("622600")).contains(FunctionalGroup.CHARGES_III);
        assertThat(m.groupOf("6242")).contains(FunctionalGroup.CHARGES_I);
        assertThat(m.groupOf("641100")).contains(FunctionalGroup.CHARGES_II);
        assertThat(m.groupOf("631200")).contains(FunctionalGroup.CHARGES_II);
        assertThat(m.groupOf("635110")).contains(FunctionalGroup.CHARGES_III);
        assertThat(m.groupOf("655600")).contains(FunctionalGroup.CHARGES_III);
        assertThat(m.groupOf("681100")).contains(FunctionalGroup.CHARGES_III);
        assertThat(m.groupOf("731100")).contains(FunctionalGroup.INCOME_I);
        assertThat(m.groupOf("706000")).contains(FunctionalGroup.INCOME_II);
        assertThat(m.groupOf("775000")).contains(FunctionalGroup.INCOME_III);
        assertThat(m.groupOf("512000")).isEmpty();
        assertThat(m.groupOf(null)).isEmpty();
        assertThat(AccountGroupMapper.validate(AccountGroupMapper.defaultMappings()).isValid()).isTrue();
        AccountGroupMapper custom = new AccountGroupMapper(List.of(
                new org.cpom.core.model.AccountGroupMapping("64", FunctionalGroup.CHARGES_II, null),
                new org.cpom.core.model.AccountGroupMapping("6411", FunctionalGroup.CHARGES_III, null)));
        assertThat(custom.groupOf("641100")).contains(FunctionalGroup.CHARGES_III);
        assertThat(custom.groupOf("641200")).contains(FunctionalGroup.CHARGES_II);
    }
}
