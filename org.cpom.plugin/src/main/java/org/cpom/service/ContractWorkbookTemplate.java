package org.cpom.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.rule.Coded;
import org.cpom.service.ContractWorkbookFormat.Column;
import org.cpom.service.ContractWorkbookFormat.Kind;

/**
 * Lays out the empty contract workbook: a "Lisez-moi" sheet describing every sheet and column, then one sheet per
 * kind of record with its header row (mandatory columns marked *, a comment holding the column's help), text
 * format on code columns (FINESS numbers keep their leading zero), date format on dates and drop-down lists of the
 * French labels on list columns (the lists sit on a hidden "Listes" sheet). The importer reads what it writes.
 */
public final class ContractWorkbookTemplate {

    /** Rows prepared with formats and drop-downs below each header. */
    static final int PREPARED_ROWS = 500;

    private ContractWorkbookTemplate() {
    }

    public static void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public static void write(OutputStream out) throws IOException {
        try (Workbook wb = create()) {
            wb.write(out);
        }
    }

    /** The template as a workbook, for callers that fill it (the samples) before writing it. */
    public static XSSFWorkbook create() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        readme(wb, styles);
        Sheet lists = wb.createSheet(ContractWorkbookFormat.LISTS_SHEET);
        List<Class<? extends Coded>> listed = new ArrayList<>();
        for (ContractWorkbookFormat.Sheet spec : ContractWorkbookFormat.SHEETS) {
            Sheet ws = wb.createSheet(spec.name());
            Row header = ws.createRow(0);
            DataValidationHelper dv = ws.getDataValidationHelper();
            for (int i = 0; i < spec.columns().size(); i++) {
                Column c = spec.columns().get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(c.header() + (c.mandatory() ? " *" : ""));
                cell.setCellStyle(c.mandatory() ? styles.mandatoryHeader : styles.header);
                ws.setColumnWidth(i, Math.min(60, Math.max(14, c.header().length() + 4)) * 256);
                CellStyle format = switch (c.kind()) {
                    case DATE -> styles.date;
                    case NUMBER -> styles.number;
                    case TEXT, REFERENCE -> styles.text;
                    default -> null;
                };
                if (format != null) {
                    ws.setDefaultColumnStyle(i, format);
                }
                CellRangeAddressList range = new CellRangeAddressList(1, PREPARED_ROWS, i, i);
                DataValidationConstraint constraint = null;
                if (c.kind() == Kind.LIST) {
                    int col = listed.indexOf(c.list());
                    if (col < 0) {
                        listed.add(c.list());
                        col = listed.size() - 1;
                        fillList(lists, col, c.list());
                    }
                    String letter = CellReference.convertNumToColString(col);
                    int n = c.list().getEnumConstants().length;
                    constraint = dv.createFormulaListConstraint("'" + ContractWorkbookFormat.LISTS_SHEET + "'!$"
                            + letter + "$1:$" + letter + "$" + n);
                } else if (c.kind() == Kind.YES_NO) {
                    constraint = dv.createExplicitListConstraint(new String[] {"Oui", "Non"});
                }
                if (constraint != null) {
                    DataValidation validation = dv.createValidation(constraint, range);
                    // labels are the suggestion; codes and English labels are accepted too, so warn only
                    validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
                    validation.setShowErrorBox(false);
                    ws.addValidationData(validation);
                }
            }
            ws.createFreezePane(0, 1);
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        wb.setActiveSheet(0);
        return wb;
    }

    private static void fillList(Sheet lists, int col, Class<? extends Coded> type) {
        Coded[] values = type.getEnumConstants();
        for (int r = 0; r < values.length; r++) {
            Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(col).setCellValue(ContractWorkbookFormat.frenchLabel(values[r]));
        }
    }

    private static void readme(Workbook wb, Styles styles) {
        Sheet ws = wb.createSheet(ContractWorkbookFormat.README_SHEET);
        ws.setColumnWidth(0, 28 * 256);
        ws.setColumnWidth(1, 30 * 256);
        ws.setColumnWidth(2, 14 * 256);
        ws.setColumnWidth(3, 12 * 256);
        ws.setColumnWidth(4, 90 * 256);
        int r = 0;
        title(ws, r++, "Classeur d'importation d'un CPOM", styles.title);
        line(ws, r++, "Une feuille par type d'enregistrement ; la première ligne porte les titres de colonnes, "
                + "une ligne par enregistrement. Les colonnes marquées * sont obligatoires.");
        line(ws, r++, "Les listes acceptent le code (OWN) ou le libellé français ou anglais (Fonds propres, "
                + "Own funds). Les dates : jj/mm/aaaa. Les montants en euros.");
        line(ws, r++, "Tout ou rien : si une ligne est refusée, rien n'est importé et chaque ligne refusée est "
                + "listée (feuille, ligne, colonne). Une nouvelle importation du même classeur ne crée aucun doublon.");
        r++;
        Row h = ws.createRow(r++);
        String[] titles = {"Feuille", "Colonne", "Type", "Obligatoire", "Contenu"};
        for (int i = 0; i < titles.length; i++) {
            Cell cell = h.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header);
        }
        for (ContractWorkbookFormat.Sheet spec : ContractWorkbookFormat.SHEETS) {
            Row s = ws.createRow(r++);
            s.createCell(0).setCellValue(spec.name());
            s.getCell(0).setCellStyle(styles.bold);
            s.createCell(4).setCellValue(spec.help());
            for (Column c : spec.columns()) {
                Row row = ws.createRow(r++);
                row.createCell(1).setCellValue(c.header());
                row.createCell(2).setCellValue(kindLabel(c.kind()));
                row.createCell(3).setCellValue(c.mandatory() ? "oui" : "");
                row.createCell(4).setCellValue(c.help());
                row.getCell(4).setCellStyle(styles.wrap);
            }
        }
    }

    static String kindLabel(Kind kind) {
        return switch (kind) {
            case TEXT -> "texte";
            case INTEGER -> "entier";
            case NUMBER -> "nombre";
            case DATE -> "date";
            case YES_NO -> "Oui/Non";
            case LIST -> "liste";
            case REFERENCE -> "référence";
        };
    }

    private static void title(Sheet ws, int r, String text, CellStyle style) {
        Cell c = ws.createRow(r).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void line(Sheet ws, int r, String text) {
        ws.createRow(r).createCell(0).setCellValue(text);
    }

    /** The template's cell styles (a workbook holds a limited number: created once). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle mandatoryHeader;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle date;
        final CellStyle number;
        final CellStyle text;

        Styles(Workbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            mandatoryHeader = wb.createCellStyle();
            mandatoryHeader.cloneStyleFrom(header);
            mandatoryHeader.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            title = wb.createCellStyle();
            title.setFont(titleFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            wrap = wb.createCellStyle();
            wrap.setWrapText(false);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
    }
}
