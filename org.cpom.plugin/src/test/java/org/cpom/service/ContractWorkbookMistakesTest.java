package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.i18n.Language;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.cpom.testkit.GenetsSample;
import org.cpom.testkit.SampleFiness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second sample's workbook with 20 distinct mistakes (cells that cannot be read, unknown references,
 * duplicates, missing values, rows the save rules refuse): every one is reported by sheet, row and column, in
 * French and English, and nothing is written.
 */
class ContractWorkbookMistakesTest extends DatabaseTest {

    @BeforeAll
    void tenant() {
        GenetsSample.loadTenant(db.getDataSource());
    }

    /** Where each mistake is expected: sheet, row, column letter (null: the whole row). */
    record Where(String sheet, int row, String column) {
        @Override
        public String toString() {
            return sheet + "!" + row + ":" + column;
        }
    }

    static final List<Where> EXPECTED = List.of(
            new Where("Contrat", 2, "J"),          // 1 date of signature "hier"
            new Where("Contrat", 2, "M"),          // 2 unknown currency
            new Where("Établissements", 2, "G"),   // 3 capacity in words
            new Where("Établissements", 3, "E"),   // 4 unknown organisation
            new Where("Établissements", 4, "L"),   // 5 tariff authority not in the list
            new Where("Établissements", 5, "F"),   // 6 unknown FINESS category
            new Where("Établissements", 6, "A"),   // 7 FINESS with a wrong check key (save rule)
            new Where("Périmètre", 2, "B"),        // 8 impossible date
            new Where("Périmètre", 6, "A"),        // 9 establishment in no sheet and not recorded
            new Where("Axes", 3, "B"),             // 10 axis without a title
            new Where("Axes", 6, null),            // 11 axis number twice
            new Where("Fiches actions", 2, "B"),   // 12 unknown axis
            new Where("Fiches actions", 3, "E"),   // 13 unknown pilot
            new Where("Fiches actions", 4, "H"),   // 14 status not in the list
            new Where("Fiches actions", 6, "J"),   // 15 progress 150 % (save rule)
            new Where("Fiches actions", 9, "I"),   // 16 abandoned without a reason (save rule)
            new Where("Budget", 2, "F"),           // 17 amount in words
            new Where("Budget", 3, "B"),           // 18 year outside the contract (save rule)
            new Where("Budget", 4, "E"),           // 19 functional group not in the list
            new Where("Cibles", 2, "A"));          // 20 unknown indicator

    static XSSFWorkbook mistakes() {
        XSSFWorkbook wb = GenetsSample.workbook();
        set(wb, "Contrat", 2, "J", "hier");
        set(wb, "Contrat", 2, "M", "ZZZ");
        set(wb, "Établissements", 2, "G", "quatre-vingt-douze");
        set(wb, "Établissements", 3, "E", "GENETS-INCONNUE");
        set(wb, "Établissements", 4, "L", "Mairie");
        set(wb, "Établissements", 5, "F", "999");
        String good = SampleFiness.of("29", 55_555);
        String wrongKey = good.substring(0, 8) + (char) ('0' + (good.charAt(8) - '0' + 1) % 10);
        row(wb, "Établissements", wrongKey, GenetsSample.FINESS_EJ, "Résidence autonomie de Pont-l'Abbé", null,
                "GENETS-SIEGE");
        set(wb, "Périmètre", 2, "B", "2021-13-01");
        row(wb, "Périmètre", "290999999");
        set(wb, "Axes", 3, "B", "");
        row(wb, "Axes", "2", "Deuxième axe en double");
        set(wb, "Fiches actions", 2, "B", "9");
        set(wb, "Fiches actions", 3, "E", "Jean Inconnu");
        set(wb, "Fiches actions", 4, "H", "Terminée");
        set(wb, "Fiches actions", 6, "J", "150");
        set(wb, "Fiches actions", 9, "I", "");
        set(wb, "Budget", 2, "F", "douze mille");
        set(wb, "Budget", 3, "B", "2031");
        set(wb, "Budget", 4, "E", "Charges groupe IV");
        set(wb, "Cibles", 2, "A", "Indicateur inconnu");
        return wb;
    }

    @Test
    void everyMistakeIsReportedAndNothingIsWritten() throws Exception {
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            WorkbookImportResult result = ContractWorkbookImportTest.importInto(c,
                    ContractWorkbookImportTest.bytes(mistakes()));
            String report = result.renderBoth(Language.FR);
            assertThat(result.isImported()).isFalse();
            assertThat(result.problems().stream().map(p -> new Where(p.sheet(), p.row(), p.column())).toList())
                    .as(report).containsExactlyInAnyOrderElementsOf(EXPECTED);
            for (WorkbookImportResult.Problem p : result.problems()) {
                String fr = p.render(Language.FR);
                String en = p.render(Language.EN);
                assertThat(fr).startsWith("Feuille « " + p.sheet() + " », ligne " + p.row());
                assertThat(en).startsWith("Sheet \"" + p.sheet() + "\", row " + p.row());
                assertThat(fr).isNotEqualTo(en);
                if (p.column() != null) {
                    assertThat(fr).contains("colonne " + p.column());
                    assertThat(en).contains("column " + p.column());
                }
            }
            assertThat(report).contains("Rien n’a été importé de genets.xlsx : 20 problèmes.",
                    "Nothing was imported from genets.xlsx: 20 problems.",
                    "« hier » n’est pas une date", "\"douze mille\" is not a number",
                    "aucun(e) organisation « GENETS-INCONNUE »", "no user \"Jean Inconnu\"",
                    "« Mairie » n’est pas une valeur admise", "même clé que la ligne 3");
            // the rule messages name the record and the field in each language
            assertThat(result.problems().stream().filter(p -> p.sheet().equals("Fiches actions") && p.row() == 6)
                    .findFirst().orElseThrow().render(Language.EN)).contains("150");
            c.rollback();
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
        }
        try (Connection c = db.getConnection()) {
            assertThat(ContractWorkbookImportTest.intOf(c, "SELECT count(*) FROM CPOM_Establishment "
                    + "WHERE AD_Client_ID=?", GenetsSample.CLIENT_ID)).isZero();
        }
    }

    static void set(XSSFWorkbook wb, String sheet, int row, String column, String value) {
        Sheet ws = wb.getSheet(sheet);
        Row r = ws.getRow(row - 1);
        int col = column.charAt(0) - 'A';
        Cell cell = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        if (value.isEmpty()) {
            r.removeCell(cell);
        } else {
            cell.setCellValue(value);
        }
    }

    static void row(XSSFWorkbook wb, String sheet, String... values) {
        Sheet ws = wb.getSheet(sheet);
        Row r = ws.createRow(ws.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                r.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
