package org.cpom.core.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.ColumnLimits;
import org.cpom.core.text.TextRules;

/**
 * Reads an ANS nomenclature export (the CPOM_LoadFinessCategories process: TRE_R66; also TRE_R74) into entries.
 *
 * <p>The NOS publishes its tables as ".tabs" (tab-separated) files with a header naming "Code", "Libellé" and
 * "Libellé long"; exports re-saved from a spreadsheet often use ";" or ",". So the separator is detected on the
 * header line (tab, then ";", then ","), columns are found by header name (accents and case ignored): code =
 * "code"; name = "libellé" (else "libellé court", else "libellé long"); description = "libellé long" when it is
 * not already the name. Without a recognisable header the columns are code, name, description. Double-quoted
 * fields may contain the separator and doubled quotes.
 *
 * <p>Bad lines are reported (CPOM_ProcessCsvLineInvalid with the reason in the user's language) and skipped; good
 * lines are still returned, so one bad line never blocks the load. A code seen twice keeps its first line.
 */
public final class NomenclatureFile {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,10}");

    /** Entries read and the problems found (one violation per rejected line). */
    public record Result(List<NomenclatureEntry> entries, ValidationResult problems) {
    }

    private NomenclatureFile() {
    }

    /**
     * @param table    {@code CPOM_FinessCategory} or {@code CPOM_TariffMode} (for the column lengths)
     * @param fileName shown in messages
     */
    public static Result parse(Reader reader, String table, String fileName) throws IOException {
        ColumnLimits.recordTypeKey(table); // fails fast on a wrong table name
        BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
        List<NomenclatureEntry> entries = new ArrayList<>();
        ValidationResult.Builder problems = ValidationResult.builder();
        Set<String> seen = new HashSet<>();
        String first = in.readLine();
        if (first == null) {
            return new Result(List.of(), ValidationResult.ok());
        }
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1); // UTF-8 byte order mark left by spreadsheets
        }
        char sep = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(first, sep);
        int code = find(header, "code");
        int name = find(header, "libelle");
        if (name < 0) {
            name = find(header, "libelle court");
        }
        int longLabel = find(header, "libelle long");
        if (name < 0) {
            name = longLabel;
        }
        int description = longLabel == name ? -1 : longLabel;
        int lineNo = 1;
        if (code < 0 || name < 0) {
            code = 0;
            name = 1;
            description = 2;
            handle(first, sep, code, name, description, lineNo, table, fileName, entries, problems, seen);
        }
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            handle(line, sep, code, name, description, lineNo, table, fileName, entries, problems, seen);
        }
        return new Result(List.copyOf(entries), problems.build());
    }

    private static void handle(String line, char sep, int code, int name, int description, int lineNo, String table,
            String fileName, List<NomenclatureEntry> entries, ValidationResult.Builder problems, Set<String> seen) {
        if (line.isBlank()) {
            return;
        }
        List<String> cells = split(line, sep);
        String value = cell(cells, code);
        String label = cell(cells, name);
        String desc = description < 0 ? null : cell(cells, description);
        if (value == null || !CODE.matcher(value).matches()) {
            problems.add(MessageKeys.PROCESS_CSV_LINE_INVALID, "Value", lineNo, fileName,
                    org.cpom.core.i18n.Label.of(MessageKeys.REASON_CODE_INVALID));
            return;
        }
        ValidationResult r = TextRules.checkMandatory(table, "Name", label, value)
                .and(TextRules.checkLength(table, "Name", label, value))
                .and(TextRules.checkLength(table, "Description", desc, value));
        if (r.hasErrors()) {
            problems.add(MessageKeys.PROCESS_CSV_LINE_INVALID, r.violations().get(0).field(), lineNo, fileName,
                    r.violations().get(0));
            return;
        }
        if (!seen.add(value)) {
            problems.add(MessageKeys.PROCESS_CSV_LINE_INVALID, "Value", lineNo, fileName,
                    org.cpom.core.i18n.Label.of(MessageKeys.REASON_CODE_DUPLICATE));
            return;
        }
        entries.add(new NomenclatureEntry(value, label, desc, lineNo));
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String s = cells.get(index).strip();
        return s.isEmpty() ? null : s;
    }

    private static int find(List<String> header, String wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (normalize(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, accents removed, blanks collapsed: "Libellé  long" → "libelle long". */
    static String normalize(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    /** Splits one line; double quotes protect separators, a doubled quote is a quote. */
    static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
