package org.cpom.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.finess.Finess;
import org.junit.jupiter.api.Test;

/**
 * The second sample: the committed workbook is the one the code generates, its FINESS numbers carry valid keys,
 * its budget balances, and the tenant and ledger load into the stand-in schema.
 */
class GenetsSampleTest {

    @Test
    void committedWorkbookIsTheGeneratedOne() throws Exception {
        DataFormatter fmt = new DataFormatter(java.util.Locale.FRANCE);
        try (InputStream in = GenetsSampleTest.class.getResourceAsStream(GenetsSample.WORKBOOK_RESOURCE);
                XSSFWorkbook committed = new XSSFWorkbook(in); XSSFWorkbook generated = GenetsSample.workbook()) {
            assertThat(committed.getNumberOfSheets()).isEqualTo(generated.getNumberOfSheets());
            for (int s = 0; s < generated.getNumberOfSheets(); s++) {
                Sheet g = generated.getSheetAt(s);
                Sheet c = committed.getSheetAt(s);
                assertThat(c.getSheetName()).isEqualTo(g.getSheetName());
                assertThat(c.getLastRowNum()).as(g.getSheetName()).isEqualTo(g.getLastRowNum());
                for (Row row : g) {
                    for (Cell cell : row) {
                        assertThat(fmt.formatCellValue(c.getRow(row.getRowNum()).getCell(cell.getColumnIndex())))
                                .as("%s!%s", g.getSheetName(), cell.getAddress())
                                .isEqualTo(fmt.formatCellValue(cell));
                    }
                }
            }
        }
    }

    @Test
    void sitesHaveValidFinessAndTheBudgetBalancesEachSection() {
        Set<String> finess = new HashSet<>();
        for (GenetsSample.Site s : GenetsSample.SITES) {
            assertThat(Finess.isValid(s.finess())).as(s.name()).isTrue();
            assertThat(s.finess()).startsWith("29");
            finess.add(s.finess());
        }
        assertThat(finess).hasSize(4);
        assertThat(Finess.isValid(GenetsSample.FINESS_EJ)).isTrue();
        // every establishment × year × section balances charges and produits
        java.util.Map<String, Long> balance = new java.util.HashMap<>();
        for (GenetsSample.BudgetRow r : GenetsSample.budget()) {
            balance.merge(r.site().code() + r.year() + r.section(), r.group().startsWith("C") ? r.amount() : -r.amount(),
                    Long::sum);
        }
        assertThat(balance.values()).allMatch(v -> v == 0L);
        assertThat(GenetsSample.budget()).extracting(GenetsSample.BudgetRow::year).contains(2021, 2026)
                .doesNotContain(2020, 2027);
        // the 6th year's commitment is what the prorogation avenant adds
        assertThat(GenetsSample.commitmentOf(2026)).isPositive().isLessThan(GenetsSample.commitment());
    }

    @Test
    void tenantAndLedgerLoadInThePrimarySchema() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            GenetsSample.Tenant t = GenetsSample.loadTenant(db.getDataSource());
            int facts = GenetsSample.postLedger(db.getDataSource(), t);
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), SUM(AmtAcctDr) - SUM(AmtAcctCr), count(DISTINCT AD_Org_ID), "
                            + "bool_and(C_AcctSchema_ID = (SELECT C_AcctSchema1_ID FROM AD_ClientInfo "
                            + "WHERE AD_Client_ID = ?)), MAX(EXTRACT(YEAR FROM DateAcct)) FROM Fact_Acct "
                            + "WHERE AD_Client_ID = ?")) {
                ps.setInt(1, GenetsSample.CLIENT_ID);
                ps.setInt(2, GenetsSample.CLIENT_ID);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(facts).isPositive();
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(BigDecimal.ZERO); // every entry balanced
                    assertThat(rs.getInt(3)).isEqualTo(4);
                    assertThat(rs.getBoolean(4)).isTrue();
                    assertThat(rs.getInt(5)).isEqualTo(GenetsSample.LAST_POSTED_YEAR);
                }
            }
        }
    }
}
