package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.i18n.Language;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.testkit.GenetsSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The second sample's workbook imported through the save rules: everything written once, then a re-import that
 * creates and changes nothing; the generated template reads back as an empty workbook.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractWorkbookImportTest extends DatabaseTest {

    @BeforeAll
    void tenant() {
        GenetsSample.loadTenant(db.getDataSource());
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    static WorkbookImportResult importInto(Connection c, byte[] workbook) throws SQLException {
        JdbcRecordStore store = new JdbcRecordStore(c, GenetsSample.CLIENT_ID, 0, 100);
        return new ContractWorkbookImporter(c, store, GenetsSample.CLIENT_ID)
                .importWorkbook(new ByteArrayInputStream(workbook), "genets.xlsx");
    }

    @Test
    @Order(1)
    void importsTheWholeContract() throws Exception {
        WorkbookImportResult result;
        try (Connection c = transaction()) {
            result = importInto(c, bytes(GenetsSample.workbook()));
            assertThat(result.problems()).as(result.render(Language.EN)).isEmpty();
            c.commit();
        }
        int budgetRows = GenetsSample.budget().size();
        int targets = 7 * 6;
        // 4 establishments, 1 contract, 4 perimeter lines, 4 axes, 8 sheets + 15 concerned establishments,
        // budget, 7 indicators, 42 targets, 4 reviews
        assertThat(result.created()).isEqualTo(4 + 1 + 4 + 4 + 8 + 15 + budgetRows + 7 + targets + 4);
        assertThat(result.render(Language.FR)).startsWith("Contrat " + GenetsSample.DOCUMENT_NO + " importé");
        try (Connection c = db.getConnection()) {
            int contract = intOf(c, "SELECT CPOM_Contract_ID FROM CPOM_Contract WHERE DocumentNo=?",
                    GenetsSample.DOCUMENT_NO);
            assertThat(result.contractId()).isEqualTo(contract);
            assertThat(string(c, "SELECT LegalBasis || DocStatus || IsExtended || to_char(DateTo,'YYYY-MM-DD') "
                    + "FROM CPOM_Contract WHERE CPOM_Contract_ID=" + contract)).isEqualTo("L12DRY2026-12-31");
            // TotalAmt left empty: the commitment of the ARS (assurance maladie) and the département lines
            assertThat(decimal(c, "SELECT TotalAmt FROM CPOM_Contract WHERE CPOM_Contract_ID=" + contract))
                    .isEqualByComparingTo(GenetsSample.commitment());
            long sum = GenetsSample.budget().stream().mapToLong(GenetsSample.BudgetRow::amount).sum();
            assertThat(decimal(c, "SELECT SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=" + contract))
                    .isEqualByComparingTo(BigDecimal.valueOf(sum));
            assertThat(intOf(c, "SELECT count(*) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? AND "
                    + "BudgetSection='HEBE' AND Funder='DEP'", contract)).isEqualTo(12); // aide sociale: 2 EHPAD x 6
            assertThat(intOf(c, "SELECT count(*) FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? "
                    + "AND ActionStatus='AB' AND AbandonReason IS NOT NULL", contract)).isEqualTo(1);
            assertThat(intOf(c, "SELECT count(*) FROM CPOM_Review WHERE CPOM_Contract_ID=? AND ReviewKind='MID'",
                    contract)).isEqualTo(1);
            assertThat(intOf(c, "SELECT count(*) FROM CPOM_Establishment e JOIN AD_Org o ON o.AD_Org_ID=e.AD_Org_ID "
                    + "WHERE e.AD_Client_ID=? AND o.Value LIKE 'GENETS-%'", GenetsSample.CLIENT_ID)).isEqualTo(4);
        }
    }

    @Test
    @Order(2)
    void reimportCreatesNoDuplicate() throws Exception {
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            WorkbookImportResult again = importInto(c, bytes(GenetsSample.workbook()));
            c.commit();
            assertThat(again.isImported()).as(again.render(Language.EN)).isTrue();
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(4 + 1 + 4 + 4 + 8 + 15 + GenetsSample.budget().size() + 7 + 42 + 4);
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
        }
    }

    @Test
    @Order(3)
    void reimportOfAChangedAmountUpdatesThatLineOnly() throws Exception {
        XSSFWorkbook wb = GenetsSample.workbook();
        Sheet budget = wb.getSheet("Budget");
        Row row = budget.getRow(1);
        row.getCell(5).setCellValue(row.getCell(5).getNumericCellValue() + 1000);
        try (Connection c = transaction()) {
            WorkbookImportResult result = importInto(c, bytes(wb));
            assertThat(result.isImported()).as(result.render(Language.EN)).isTrue();
            assertThat(result.created()).isZero();
            assertThat(result.updated()).isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void templateHasEverySheetAndReadsBackEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContractWorkbookTemplate.write(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Lisez-moi");
            for (ContractWorkbookFormat.Sheet s : ContractWorkbookFormat.SHEETS) {
                Row header = wb.getSheet(s.name()).getRow(0);
                assertThat(header.getLastCellNum()).isEqualTo((short) s.columns().size());
                assertThat(header.getCell(0).getStringCellValue()).startsWith(s.columns().get(0).header());
            }
            assertThat(wb.getSheet("Budget").getDataValidations()).isNotEmpty();
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Listes"))).isTrue();
        }
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            WorkbookImportResult result = importInto(c, out.toByteArray());
            // an empty template: the contract row is missing, nothing is written
            assertThat(result.isImported()).isFalse();
            assertThat(result.render(Language.EN)).contains("exactly one contract row");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void notAWorkbookIsOneProblem() throws Exception {
        try (Connection c = transaction()) {
            WorkbookImportResult result = importInto(c, "FINESS;Nom\n".getBytes());
            assertThat(result.problems()).hasSize(1);
            assertThat(result.render(Language.FR)).contains("ne peut pas être lu comme un classeur XLSX");
            c.rollback();
        }
    }

    static int intOf(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static BigDecimal decimal(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
