package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.cpom.core.rule.Coded;
import org.cpom.service.ContractWorkbookFormat.Column;
import org.cpom.service.ContractWorkbookFormat.Sheet;
import org.junit.jupiter.api.Test;

/**
 * docs/import-format.md describes every sheet and column of the workbook exactly as the importer reads them: the
 * tables of the page are generated from {@link ContractWorkbookFormat} and must be in the page.
 */
class ImportFormatDocTest {

    static final Path DOC = Path.of("..", "docs", "import-format.md");

    /** The table of one sheet, as the page shows it. */
    static String table(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Colonne | Champ | Type | Obligatoire | Contenu, codes et libellés acceptés |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Column c : sheet.columns()) {
            sb.append("| ").append(c.header()).append(c.key() ? " (clé)" : "").append(" | ")
                    .append(c.column() == null ? "—" : "`" + c.column() + "`").append(" | ")
                    .append(ContractWorkbookTemplate.kindLabel(c.kind())).append(" | ")
                    .append(c.mandatory() ? "oui" : "non").append(" | ").append(c.help());
            if (c.list() != null) {
                StringJoiner codes = new StringJoiner(" ; ");
                for (Coded v : c.list().getEnumConstants()) {
                    codes.add("`" + v.code() + "` " + ContractWorkbookFormat.frenchLabel(v));
                }
                sb.append(c.help().isEmpty() ? "" : " ").append("Valeurs : ").append(codes);
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void everySheetTableIsInThePage() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Sheet s : ContractWorkbookFormat.SHEETS) {
            assertThat(doc).as("section of sheet %s", s.name()).contains("## Feuille « " + s.name() + " »");
            assertThat(doc).as("table of sheet %s", s.name()).contains(table(s));
        }
    }

    /** Prints the tables (to update the page after a format change). */
    public static void main(String[] args) {
        for (Sheet s : ContractWorkbookFormat.SHEETS) {
            System.out.println("## Feuille « " + s.name() + " »\n");
            System.out.println(s.help() + (s.required() ? " Feuille obligatoire." : " Feuille facultative.") + "\n");
            System.out.println(table(s));
        }
    }
}
