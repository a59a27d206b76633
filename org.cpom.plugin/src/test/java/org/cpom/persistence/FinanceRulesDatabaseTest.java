package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.CpomValidationException;
import org.junit.jupiter.api.Test;

/**
 * The save rules of the issue-11 columns through the JDBC store (what the event handlers run before a PO is
 * written): CPOM_Investment, the computed CPOM_Indicator, CPOM_IndicatorValue.IsComputed and
 * CPOM_AccountGroup.BudgetSection. A refused save names the rule in French and English and changes nothing.
 */
class FinanceRulesDatabaseTest extends DatabaseTest {

    private static Map<String, Object> investment(Object... extra) {
        Map<String, Object> m = JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2, "FiscalYear", 2026, "Name", "Rénovation atelier",
                "AssetCategory", "BLD", "Amount", new BigDecimal("500000"), "UseLifeYears", 20,
                "LoanAmt", new BigDecimal("300000"), "LoanYears", 15, "SubsidyAmt", new BigDecimal("120000"));
        for (int i = 0; i < extra.length; i += 2) {
            m.put((String) extra[i], extra[i + 1]);
        }
        return m;
    }

    /** The save is refused with {@code key}, its message rendered in both languages, nothing written. */
    private static void refused(Connection c, Runnable save, String key, String en, String fr) throws Exception {
        String before = CpomWorld.checksum(c);
        assertThatThrownBy(save::run).isInstanceOf(CpomValidationException.class).satisfies(e -> {
            CpomValidationException v = (CpomValidationException) e;
            assertThat(v.result().hasKey(key)).as("%s in %s", key, v.result().keys()).isTrue();
            assertThat(v.result().render(Language.EN)).contains(en).doesNotContain("CPOM_");
            assertThat(v.result().render(Language.FR)).contains(fr).doesNotContain("CPOM_");
        });
        assertThat(CpomWorld.checksum(c)).isEqualTo(before);
    }

    @Test
    void anInvestmentStoresItsSelfFinancingAndFollowsItsAmounts() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            JdbcRecordStore store = store(c);
            int id = store.insert("CPOM_Investment", investment());
            assertThat((BigDecimal) store.load("CPOM_Investment", id).get("SelfFinancedAmt"))
                    .isEqualByComparingTo("80000");
            store.update("CPOM_Investment", id, JdbcRecordStore.columns("SubsidyAmt", new BigDecimal("200000")));
            assertThat((BigDecimal) store.load("CPOM_Investment", id).get("SelfFinancedAmt")).isEqualByComparingTo("0");
            // the gestionnaire's own investment: no establishment
            int head = store.insert("CPOM_Investment", investment("CPOM_Establishment_ID", null, "LoanAmt",
                    BigDecimal.ZERO, "LoanYears", null));
            assertThat((BigDecimal) store.load("CPOM_Investment", head).get("SelfFinancedAmt"))
                    .isEqualByComparingTo("380000");
            c.rollback();
        }
    }

    @Test
    void anInvestmentOutsideItsRulesIsRefusedInBothLanguages() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, false); // establishment 101 is not in the perimeter
            JdbcRecordStore store = store(c);
            refused(c, () -> store.insert("CPOM_Investment", investment("SubsidyAmt", new BigDecimal("250000"))),
                    MessageKeys.FIN_INVESTMENT_FINANCING_ABOVE_AMOUNT, "exceed", "dépassent");
            refused(c, () -> store.insert("CPOM_Investment", investment("Amount", new BigDecimal("-1"))),
                    MessageKeys.FIN_INVESTMENT_NEGATIVE, "negative", "négatifs");
            refused(c, () -> store.insert("CPOM_Investment", investment("LoanYears", null)),
                    MessageKeys.FIN_INVESTMENT_LOAN_YEARS, "loan", "emprunt");
            refused(c, () -> store.insert("CPOM_Investment", investment("UseLifeYears", 0)),
                    MessageKeys.FIN_INVESTMENT_USE_LIFE, "depreciation", "amortissement");
            refused(c, () -> store.insert("CPOM_Investment", investment("FiscalYear", 2031)),
                    MessageKeys.INVESTMENT_YEAR_OUTSIDE, "year 2031 is outside contract", "l’année 2031 est hors du contrat");
            refused(c, () -> store.insert("CPOM_Investment", investment("CPOM_Establishment_ID",
                    Fixtures.ESTABLISHMENT_1)), MessageKeys.INVESTMENT_ESTABLISHMENT_OUTSIDE, "is not in the perimeter",
                    "n’est pas dans le périmètre");
            refused(c, () -> store.insert("CPOM_Investment", investment("AssetCategory", "XYZ")),
                    MessageKeys.LIST_VALUE_INVALID, "XYZ", "XYZ");
            c.rollback();
        }
    }

    private static Map<String, Object> indicator(Object... extra) {
        Map<String, Object> m = JdbcRecordStore.columns("CPOM_Contract_ID", Fixtures.CONTRACT_ID,
                "Name", "Taux de CAF", "IndicatorSource", "C", "ComputedMeasure", "CAFR");
        for (int i = 0; i < extra.length; i += 2) {
            m.put((String) extra[i], extra[i + 1]);
        }
        return m;
    }

    @Test
    void aComputedIndicatorNamesAMeasureThatFitsItsEstablishment() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.IN_PROGRESS, false);
            JdbcRecordStore store = store(c);
            assertThat(store.insert("CPOM_Indicator", indicator())).isPositive();
            assertThat(store.insert("CPOM_Indicator", indicator("CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2,
                    "ComputedMeasure", "VETC"))).isPositive();
            // a manual indicator keeps whatever measure the hidden field holds
            assertThat(store.insert("CPOM_Indicator", indicator("IndicatorSource", "M", "ComputedMeasure", null)))
                    .isPositive();
            refused(c, () -> store.insert("CPOM_Indicator", indicator("ComputedMeasure", null)),
                    MessageKeys.INDICATOR_MEASURE_MISSING, "needs its computed measure", "mesure calculée");
            refused(c, () -> store.insert("CPOM_Indicator", indicator("ComputedMeasure", "ZZZZ")),
                    MessageKeys.LIST_VALUE_INVALID, "ZZZZ", "ZZZZ");
            refused(c, () -> store.insert("CPOM_Indicator", indicator("CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_1)),
                    MessageKeys.INDICATOR_ESTABLISHMENT_OUTSIDE, "is not in the perimeter", "n’est pas dans le périmètre");
            // an establishment that keeps no books in an organisation: activity measures only
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE CPOM_Establishment SET AD_Org_ID=0 WHERE CPOM_Establishment_ID="
                        + Fixtures.ESTABLISHMENT_2);
            }
            refused(c, () -> store.insert("CPOM_Indicator", indicator("CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2,
                    "ComputedMeasure", "TREJ")), MessageKeys.INDICATOR_MEASURE_NO_ORG, "has no organisation",
                    "n’a pas d’organisation");
            assertThat(store.insert("CPOM_Indicator", indicator("CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2,
                    "ComputedMeasure", "OCCR"))).isPositive();
            c.rollback();
        }
    }

    @Test
    void aValueTypedOverTheComputedOneIsMarkedAsTyped() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            JdbcRecordStore store = store(c);
            int indicator = store.insert("CPOM_Indicator", indicator());
            // as the process writes it: the computed value is the actual
            int v = store.insert("CPOM_IndicatorValue", JdbcRecordStore.columns("CPOM_Indicator_ID", indicator,
                    "FiscalYear", 2025, "ComputedValue", new BigDecimal("3.45"), "ActualValue",
                    new BigDecimal("3.45"), "IsComputed", true));
            assertThat(store.load("CPOM_IndicatorValue", v).get("IsComputed")).isEqualTo("Y");
            // a comment leaves it computed
            store.update("CPOM_IndicatorValue", v, JdbcRecordStore.columns("Comments", "vu en dialogue de gestion"));
            assertThat(store.load("CPOM_IndicatorValue", v).get("IsComputed")).isEqualTo("Y");
            // a user types another actual: typed
            store.update("CPOM_IndicatorValue", v, JdbcRecordStore.columns("ActualValue", new BigDecimal("3.50")));
            assertThat(store.load("CPOM_IndicatorValue", v).get("IsComputed")).isEqualTo("N");
            // a writer claiming "computed" with another value than the computed one is corrected
            int w = store.insert("CPOM_IndicatorValue", JdbcRecordStore.columns("CPOM_Indicator_ID", indicator,
                    "FiscalYear", 2026, "ComputedValue", new BigDecimal("2.00"), "ActualValue",
                    new BigDecimal("9.99"), "IsComputed", true));
            assertThat(store.load("CPOM_IndicatorValue", w).get("IsComputed")).isEqualTo("N");
            c.rollback();
        }
    }

    @Test
    void anAccountGroupSectionIsOptionalButWithinItsList() throws Exception {
        try (Connection c = transaction()) {
            JdbcRecordStore store = store(c);
            assertThat(store.insert("CPOM_AccountGroup", JdbcRecordStore.columns("AccountPrefix", "7011",
                    "FunctionalGroup", "P2", "BudgetSection", "BAPC"))).isPositive();
            assertThat(store.insert("CPOM_AccountGroup", JdbcRecordStore.columns("AccountPrefix", "7012",
                    "FunctionalGroup", "P2"))).isPositive();
            refused(c, () -> store.insert("CPOM_AccountGroup", JdbcRecordStore.columns("AccountPrefix", "7013",
                    "FunctionalGroup", "P2", "BudgetSection", "XXXX")), MessageKeys.LIST_VALUE_INVALID, "XXXX", "XXXX");
            c.rollback();
        }
    }
}
