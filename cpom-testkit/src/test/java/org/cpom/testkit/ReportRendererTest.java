package org.cpom.testkit;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.testkit.ReportRenderer.DATE;
import static org.cpom.testkit.ReportRenderer.DATE_TIME;
import static org.cpom.testkit.ReportRenderer.INTEGER;
import static org.cpom.testkit.ReportRenderer.LIST;
import static org.cpom.testkit.ReportRenderer.NUMBER;
import static org.cpom.testkit.ReportRenderer.SEARCH;
import static org.cpom.testkit.ReportRenderer.STRING;
import static org.cpom.testkit.ReportRenderer.TABLE_DIR;
import static org.cpom.testkit.ReportRenderer.YES_NO;

/**
 * The parameter typing of ReportRenderer against what iDempiere 12 does: ProcessParameterPanel.saveParameters
 * writes AD_PInstance_Para, ReportStarter.addProcessParameters reads it back (release-12 source).
 */
class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer(new PGSimpleDataSource()); // never connected here

    private static Map<String, Object> typed(ReportRenderer.ProcessParameter... p) {
        return ReportRenderer.reportStarterParameters(List.of(p));
    }

    @Test
    void anIntegerReferenceRangeArrivesAsTwoBigDecimals() {
        Map<String, Object> m = typed(new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, true, 2013, 2017));
        assertThat(m).containsEntry("FiscalYear1", new BigDecimal(2013)).containsEntry("FiscalYear2",
                new BigDecimal(2017)).containsEntry("FiscalYear_Info1", "2013").containsEntry("FiscalYear_Info2", "2017")
                .containsEntry("FiscalYear_NOT", "N").doesNotContainKey("FiscalYear");
        assertThat(m.get("FiscalYear1")).isExactlyInstanceOf(BigDecimal.class);
    }

    @Test
    void onlyNamesEndingInIdBecomeIntegers() {
        Map<String, Object> m = typed(
                new ReportRenderer.ProcessParameter("CPOM_Contract_ID", SEARCH, false, 1000123, null),
                new ReportRenderer.ProcessParameter("C_AcctSchema_ID", TABLE_DIR, false, 101L, null),
                new ReportRenderer.ProcessParameter("Counter_ID", INTEGER, false, 7, null),
                new ReportRenderer.ProcessParameter("BaseYear", INTEGER, false, 2014, null),
                new ReportRenderer.ProcessParameter("GrowthRate", NUMBER, false, new BigDecimal("1.5"), null));
        assertThat(m).containsEntry("CPOM_Contract_ID", 1000123).containsEntry("C_AcctSchema_ID", 101)
                .containsEntry("Counter_ID", 7).containsEntry("BaseYear", new BigDecimal(2014))
                .containsEntry("GrowthRate", new BigDecimal("1.5"));
        assertThat(m.get("CPOM_Contract_ID")).isExactlyInstanceOf(Integer.class);
        assertThat(m.get("BaseYear")).isExactlyInstanceOf(BigDecimal.class);
    }

    @Test
    void aRangeWithOneEndFollowsReportStarter() {
        // start only: passed under the parameter's own name; end only: not passed at all
        assertThat(typed(new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, true, 2016, null)))
                .containsEntry("FiscalYear", new BigDecimal(2016)).doesNotContainKeys("FiscalYear1", "FiscalYear2");
        assertThat(typed(new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, true, null, 2016)))
                .doesNotContainKeys("FiscalYear", "FiscalYear1", "FiscalYear2").containsEntry("FiscalYear_Info2", "2016");
    }

    @Test
    void datesAreTimestampsYesNoAndListsAreStrings() {
        Map<String, Object> m = typed(
                new ReportRenderer.ProcessParameter("DateAcct", DATE, true, LocalDate.of(2015, 1, 1),
                        LocalDateTime.of(2015, 12, 31, 18, 30)),
                new ReportRenderer.ProcessParameter("Updated", DATE_TIME, false, LocalDateTime.of(2015, 3, 4, 5, 6),
                        null),
                new ReportRenderer.ProcessParameter("IsLate", YES_NO, false, true, null),
                new ReportRenderer.ProcessParameter("ActionStatus", LIST, false, "LA", null));
        assertThat(m).containsEntry("DateAcct1", Timestamp.valueOf("2015-01-01 00:00:00"))
                .containsEntry("DateAcct2", Timestamp.valueOf("2015-12-31 00:00:00")) // a Date field keeps the day
                .containsEntry("Updated", Timestamp.valueOf("2015-03-04 05:06:00"))
                .containsEntry("IsLate", "Y").containsEntry("ActionStatus", "LA");
    }

    @Test
    void emptyParametersAreNotPassed() {
        assertThat(typed(new ReportRenderer.ProcessParameter("CPOM_Establishment_ID", SEARCH, false, null, null),
                new ReportRenderer.ProcessParameter("Name", STRING, false, "", null))).isEmpty();
    }

    @Test
    void aValueTheEditorCannotHoldIsRefused() {
        assertThatThrownBy(() -> new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, false, "2015", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FiscalYear");
        assertThatThrownBy(() -> new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, false, 1L << 40, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportRenderer.ProcessParameter("GrowthRate", NUMBER, false, true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportRenderer.ProcessParameter("FiscalYear", INTEGER, false, 2015, 2016))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a range");
        assertThatThrownBy(() -> new ReportRenderer.ProcessParameter("Chart", 53370, false, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not modelled");
    }

    @Test
    void reportStarterAddsTheSessionParameters() {
        Map<String, Object> fr = renderer.run("BudgetVsActual").client(1_000_000)
                .param("CPOM_Contract_ID", SEARCH, 42).parameters();
        assertThat(fr).containsEntry("AD_CLIENT_ID", 1_000_000).containsEntry("CURRENT_LANG", "fr_FR")
                .containsEntry("REPORT_LOCALE", Locale.FRANCE).containsEntry("AD_USER_ID", 100)
                .containsKeys("AD_PINSTANCE_ID", "AD_ROLE_ID", "AD_CLIENT_NAME", "BASE_DIR", "SUBREPORT_DIR")
                .doesNotContainKey("RECORD_ID");
        Map<String, Object> en = renderer.run("BudgetVsActual").client(1_000_000).language("en_US").record(42)
                .parameters();
        assertThat(en).containsEntry("RECORD_ID", 42).containsEntry("REPORT_LOCALE", Locale.US);
        assertThat(en.get("AD_PINSTANCE_ID")).isNotEqualTo(fr.get("AD_PINSTANCE_ID"));
        assertThatThrownBy(() -> renderer.run("BudgetVsActual").parameters()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theClassPassedPerReference() {
        assertThat(ReportRenderer.reportStarterType("FiscalYear", INTEGER)).isEqualTo(BigDecimal.class);
        assertThat(ReportRenderer.reportStarterType("CPOM_Contract_ID", SEARCH)).isEqualTo(Integer.class);
        assertThat(ReportRenderer.reportStarterType("C_AcctSchema_ID", TABLE_DIR)).isEqualTo(Integer.class);
        assertThat(ReportRenderer.reportStarterType("DateDoc", DATE)).isEqualTo(Timestamp.class);
        assertThat(ReportRenderer.reportStarterType("IsLate", YES_NO)).isEqualTo(String.class);
    }
}
