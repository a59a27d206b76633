package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.persistence.ActivityDatabaseTest.scalar;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.DocStatus;
import org.cpom.service.ActivityImportResult;
import org.cpom.service.ActivityImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import activity from the files establishments produce (docs/import-format.md, « Importer l’activité »): CSV with
 * semicolons and decimal commas (UTF-8 with a BOM), CSV with commas and English headers, XLSX; every row through the
 * CPOM_Activity save rules; all or nothing, each problem with its row number in French and English.
 */
class ActivityImportDatabaseTest extends DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aFrenchCsvCreatesTheRowsAndACommaCsvUpdatesThem() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            Path csv = write("activite.csv", "\ufeffFINESS;Année;Unité;Cible;Réalisé;Réalisé à date;Date de mesure;"
                    + "Admissions\r\n" + Fixtures.FINESS_EG_1 + ";2026;JO;17 000;16 000,5;;;12\r\n"
                    + Fixtures.FINESS_EG_2 + ";2026;journées;14000;;\"7 000\";30/06/2026;\r\n;;;;;;;\r\n");
            ActivityImportResult result = new ActivityImporter(c, store(c)).importFile(Fixtures.CONTRACT_ID, csv);
            assertThat(result.isImported()).as(result.render(Language.EN)).isTrue();
            assertThat(result.render(Language.EN)).isEqualTo(
                    "Contract CPOM-2025-001: 2 activity rows imported from activite.csv (2 created, 0 updated).");
            assertThat(result.render(Language.FR)).startsWith("Contrat CPOM-2025-001 : 2 lignes d’activité");
            assertThat((BigDecimal) scalar(c, "SELECT ActivityActual FROM CPOM_Activity WHERE "
                    + "CPOM_Establishment_ID=?", Fixtures.ESTABLISHMENT_1)).isEqualByComparingTo("16000.5");
            assertThat((BigDecimal) scalar(c, "SELECT AdmissionsQty FROM CPOM_Activity WHERE "
                    + "CPOM_Establishment_ID=?", Fixtures.ESTABLISHMENT_1)).isEqualByComparingTo("12");
            // computed by the save rules: 16,000.5 ÷ (75 × 251) = 85.00 %
            assertThat((BigDecimal) scalar(c, "SELECT OccupancyRate FROM CPOM_Activity WHERE "
                    + "CPOM_Establishment_ID=?", Fixtures.ESTABLISHMENT_1)).isEqualByComparingTo("85.00");
            // 7,000 at 30 June (day 181): projected 7,000 × 365 ÷ 181 = 14,116.02
            assertThat((BigDecimal) scalar(c, "SELECT ProjectedActivity FROM CPOM_Activity WHERE "
                    + "CPOM_Establishment_ID=?", Fixtures.ESTABLISHMENT_2)).isEqualByComparingTo("14116.02");

            Path english = write("activity.csv", "finess,year,unit,target,actual\n" + Fixtures.FINESS_EG_1
                    + ",2026,JO,17000,\"16200,0\"\n");
            ActivityImportResult update = new ActivityImporter(c, store(c)).importFile(Fixtures.CONTRACT_ID, english);
            assertThat(update.render(Language.EN)).endsWith("(0 created, 1 updated).");
            assertThat((BigDecimal) scalar(c, "SELECT ActivityActual FROM CPOM_Activity WHERE "
                    + "CPOM_Establishment_ID=?", Fixtures.ESTABLISHMENT_1)).isEqualByComparingTo("16200");
            c.rollback();
        }
    }

    @Test
    void anXlsxFileIsReadLikeTheContractWorkbook() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            Path xlsx = dir.resolve("activite.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = wb.createSheet("Activité");
                String[] header = {"FINESS", "Année", "Unité", "Cible", "Réalisé à date", "Date de mesure"};
                Row h = sheet.createRow(0);
                for (int i = 0; i < header.length; i++) {
                    h.createCell(i).setCellValue(header[i]);
                }
                CellStyle dateStyle = wb.createCellStyle();
                dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                Row r = sheet.createRow(1);
                r.createCell(0).setCellValue(Double.parseDouble(Fixtures.FINESS_EG_2)); // typed as a number
                r.createCell(1).setCellValue(2027);
                r.createCell(2).setCellValue("JO");
                r.createCell(3).setCellValue(14500.5);
                r.createCell(4).setCellValue(3600);
                r.createCell(5).setCellValue(LocalDate.of(2027, 3, 31));
                r.getCell(5).setCellStyle(dateStyle);
                wb.write(out);
                Files.write(xlsx, out.toByteArray());
            }
            ActivityImportResult result = new ActivityImporter(c, store(c)).importFile(Fixtures.CONTRACT_ID, xlsx);
            assertThat(result.isImported()).as(result.render(Language.EN)).isTrue();
            assertThat((BigDecimal) scalar(c, "SELECT ActivityTarget FROM CPOM_Activity WHERE FiscalYear=2027"))
                    .isEqualByComparingTo("14500.5");
            assertThat(scalar(c, "SELECT MeasureDate::date FROM CPOM_Activity WHERE FiscalYear=2027").toString())
                    .isEqualTo("2027-03-31");
            c.rollback();
        }
    }

    @Test
    void badRowsAreEachReportedWithTheirNumberAndNothingIsWritten() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            String before = CpomWorld.checksum(c);
            Path csv = write("activite.csv", "FINESS;Année;Unité;Cible;Réalisé\n"
                    + Fixtures.FINESS_EG_1 + ";2026;JO;17000;16000\n"        // row 2: valid
                    + Fixtures.FINESS_EG_2 + ";2026;JO;-5;\n"               // row 3: negative target
                    + Fixtures.FINESS_EG_2 + ";2027;JO;;20000\n"            // row 4: 20,000 > 60 × 251
                    + Fixtures.FINESS_EG_1 + ";2031;JO;100;\n"              // row 5: year outside the contract
                    + "690009999;2026;JO;100;\n"                           // row 6: no such establishment
                    + Fixtures.FINESS_EG_1 + ";2027;JO;douze;\n"            // row 7: not a number
                    + Fixtures.FINESS_EG_1 + ";2026;PL;1;\n"                // row 8: same as row 2
                    + Fixtures.FINESS_EG_2 + ";2028;XX;1;\n");              // row 9: unknown unit
            ActivityImportResult result = new ActivityImporter(c, store(c)).importFile(Fixtures.CONTRACT_ID, csv);
            assertThat(result.isImported()).isFalse();
            assertThat(result.problems()).extracting(ActivityImportResult.Problem::row)
                    .containsExactly(3, 4, 5, 6, 7, 8, 9);
            String en = result.render(Language.EN);
            String fr = result.render(Language.FR);
            assertThat(en).startsWith("Nothing was imported from activite.csv: 7 problems")
                    .contains("Row 3: Contract CPOM-2025-001", "Row 4: ", "20,000 journées exceed 60 places", "Row 6: no establishment",
                            "\"douze\"", "Row 8: same establishment and year as row 2", "Row 9: the unit \"XX\"")
                    .doesNotContain("CPOM_");
            assertThat(fr).startsWith("Rien n’a été importé de activite.csv : 7 problèmes")
                    .contains("Ligne 3 : Contrat CPOM-2025-001", "Ligne 5 : ", "2031", "Ligne 6 : aucun établissement")
                    .doesNotContain("CPOM_");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);

            Path noColumns = write("vide.csv", "Établissement;Année\nX;2026\n");
            ActivityImportResult missing = new ActivityImporter(c, store(c)).importFile(Fixtures.CONTRACT_ID,
                    noColumns);
            assertThat(missing.render(Language.EN)).contains("Row 1: the column \"Établissement\" is not part",
                    "Row 1: the mandatory column \"FINESS\" is missing", "\"Unité\" is missing");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
