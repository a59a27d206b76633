package org.cpom.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.adapter.ActivitySaveRules;
import org.cpom.adapter.SaveOutcome;
import org.cpom.adapter.SaveType;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.Violation;
import org.cpom.model.I_CPOM_Activity;
import org.cpom.persistence.RecordStore;
import org.cpom.persistence.RecordView;
import org.cpom.service.ActivityImportResult.Text;

/**
 * CPOM_ImportActivity: the activity targets and realised activity of a contract's establishments from a CSV
 * (semicolon or comma separated, UTF-8, French decimal comma accepted) or an XLSX file (first sheet, read with Apache
 * POI like the contract workbook), one row per establishment (FINESS) and year; format in docs/import-format.md.
 * Every row is checked by the CPOM_Activity save rules before anything is written, then written through the
 * {@link RecordStore} (the rules run again on each save); a problem on any row writes nothing, and each problem
 * names its row, in French and English. A row for an establishment and year already recorded updates it.
 */
public final class ActivityImporter {

    /** The format's columns: normalised header aliases → column. */
    enum Col {
        FINESS("FINESS", true, "finess", "finesseg", "finessetablissement"),
        YEAR("Année", true, "annee", "year", "exercice", "fiscalyear"),
        UNIT("Unité", true, "unite", "unit", "activityunit"),
        TARGET("Cible", false, "cible", "objectif", "target", "activitytarget"),
        ACTUAL("Réalisé", false, "realise", "realised", "realized", "actual", "activityactual"),
        TO_DATE("Réalisé à date", false, "realiseadate", "adate", "todate", "activitytodate"),
        MEASURE_DATE("Date de mesure", false, "datedemesure", "datemesure", "measuredate"),
        ADMISSIONS("Admissions", false, "admissions", "entrees", "admissionsqty");

        final String header;
        final boolean mandatory;
        final List<String> aliases;

        Col(String header, boolean mandatory, String... aliases) {
            this.header = header;
            this.mandatory = mandatory;
            this.aliases = List.of(aliases);
        }

        static Col of(String header) {
            String n = normalise(header);
            for (Col c : values()) {
                if (c.aliases.contains(n)) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Connection connection;
    private final RecordStore store;
    private final ActivitySaveRules rules = new ActivitySaveRules();
    /** The problems of this import (one importer per import). */
    private final List<ActivityImportResult.Problem> problems = new ArrayList<>();

    public ActivityImporter(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    public ActivityImportResult importFile(int contractId, Path file) throws SQLException {
        String name = String.valueOf(file.getFileName());
        List<List<Object>> table;
        try {
            byte[] bytes = Files.readAllBytes(file);
            table = isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
        } catch (IOException | RuntimeException e) {
            return unreadable(name, e);
        }
        return importTable(contractId, name, table);
    }

    /**
     * Imports rows already split into cells: the first is the header; cells are text, or for XLSX numbers
     * ({@link BigDecimal}) and dates ({@link LocalDate}).
     */
    public ActivityImportResult importTable(int contractId, String fileName, List<List<Object>> table)
            throws SQLException {
        Contract contract = contract(contractId);
        if (contract == null) {
            problems.add(new ActivityImportResult.Problem(0, Text.of("ContractMissing", contractId)));
            return ActivityImportResult.rejected(fileName, problems);
        }
        if (table.isEmpty()) {
            problems.add(new ActivityImportResult.Problem(0, Text.of("EmptyFile", fileName)));
            return ActivityImportResult.rejected(fileName, problems);
        }
        Map<Col, Integer> positions = header(table.get(0));
        if (!problems.isEmpty()) {
            return ActivityImportResult.rejected(fileName, problems);
        }
        Map<String, Integer> establishments = establishments(contract.clientId);
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<Object> cells = table.get(i);
            int rowNo = i + 1;
            if (cells.stream().allMatch(v -> v == null || v.toString().isBlank())) {
                continue;
            }
            Planned p = plan(contract, rowNo, cells, positions, establishments, seen);
            if (p != null) {
                planned.add(p);
            }
        }
        if (!problems.isEmpty()) {
            return ActivityImportResult.rejected(fileName, problems);
        }
        Savepoint all = connection.setSavepoint();
        int created = 0;
        int updated = 0;
        try {
            for (Planned p : planned) {
                try {
                    if (p.existingId > 0) {
                        store.update(I_CPOM_Activity.Table_Name, p.existingId, p.values);
                        updated++;
                    } else {
                        store.insert(I_CPOM_Activity.Table_Name, p.values);
                        created++;
                    }
                } catch (CpomValidationException e) {
                    for (Violation v : e.result().violations()) {
                        problems.add(new ActivityImportResult.Problem(p.rowNo, v));
                    }
                } catch (RuntimeException e) {
                    problems.add(new ActivityImportResult.Problem(p.rowNo, Text.of("Refused",
                            String.valueOf(e.getMessage()))));
                    break; // the transaction may be aborted: nothing more can be written
                }
            }
        } finally {
            if (problems.isEmpty()) {
                connection.releaseSavepoint(all);
            } else {
                connection.rollback(all);
            }
        }
        if (!problems.isEmpty()) {
            return ActivityImportResult.rejected(fileName, problems);
        }
        return new ActivityImportResult(fileName, contract.label, created, updated, List.of());
    }

    // ------------------------------------------------------------------------------------------- rows

    private record Planned(int rowNo, int existingId, Map<String, Object> values) {
    }

    private Planned plan(Contract contract, int rowNo, List<Object> cells, Map<Col, Integer> positions,
            Map<String, Integer> establishments, Map<String, Integer> seen) throws SQLException {
        int before = problems.size();
        String finess = text(cell(cells, positions, Col.FINESS));
        Integer year = year(rowNo, cells, positions);
        ActivityUnit unit = unit(rowNo, cells, positions);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Col c : new Col[] {Col.TARGET, Col.ACTUAL, Col.TO_DATE, Col.ADMISSIONS}) {
            if (positions.containsKey(c)) {
                values.put(column(c), number(rowNo, c, cell(cells, positions, c)));
            }
        }
        if (positions.containsKey(Col.MEASURE_DATE)) {
            values.put(I_CPOM_Activity.COLUMNNAME_MeasureDate, date(rowNo, cell(cells, positions, Col.MEASURE_DATE)));
        }
        Integer establishment = null;
        if (finess == null) {
            mandatory(rowNo, Col.FINESS);
        } else {
            establishment = establishments.get(finess(finess));
            if (establishment == null) {
                problems.add(new ActivityImportResult.Problem(rowNo, Text.of("UnknownFiness", finess)));
            }
        }
        if (problems.size() > before || establishment == null || year == null || unit == null) {
            return null;
        }
        Integer first = seen.putIfAbsent(establishment + "/" + year, rowNo);
        if (first != null) {
            problems.add(new ActivityImportResult.Problem(rowNo, Text.of("DuplicateRow", first)));
            return null;
        }
        values.put(I_CPOM_Activity.COLUMNNAME_ActivityUnit, unit);
        Map<String, Object> existing = existing(contract.id, establishment, year);
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (existing != null) {
            row.putAll(existing);
        } else {
            row.put(I_CPOM_Activity.COLUMNNAME_CPOM_Contract_ID, contract.id);
            row.put(I_CPOM_Activity.COLUMNNAME_CPOM_Establishment_ID, establishment);
            row.put(I_CPOM_Activity.COLUMNNAME_FiscalYear, year);
            values.put(I_CPOM_Activity.COLUMNNAME_CPOM_Contract_ID, contract.id);
            values.put(I_CPOM_Activity.COLUMNNAME_CPOM_Establishment_ID, establishment);
            values.put(I_CPOM_Activity.COLUMNNAME_FiscalYear, year);
            values.put("AD_Client_ID", contract.clientId);
            values.put("AD_Org_ID", contract.orgId);
        }
        values.forEach((k, v) -> row.put(k, v instanceof ActivityUnit u ? u.code() : v));
        // the window's rules on the row as it will be, before anything is written (all or nothing)
        SaveOutcome outcome = rules.checkAndDerive(existing != null ? SaveType.CHANGE : SaveType.NEW,
                RecordView.of(I_CPOM_Activity.class, row), connection, 0);
        for (Violation v : outcome.result().violations()) {
            problems.add(new ActivityImportResult.Problem(rowNo, v));
        }
        if (outcome.result().hasErrors()) {
            return null;
        }
        return new Planned(rowNo, existing == null ? 0 : ((Number) existing.get("CPOM_Activity_ID")).intValue(),
                values);
    }

    private static String column(Col c) {
        return switch (c) {
            case TARGET -> I_CPOM_Activity.COLUMNNAME_ActivityTarget;
            case ACTUAL -> I_CPOM_Activity.COLUMNNAME_ActivityActual;
            case TO_DATE -> I_CPOM_Activity.COLUMNNAME_ActivityToDate;
            case ADMISSIONS -> I_CPOM_Activity.COLUMNNAME_AdmissionsQty;
            default -> throw new IllegalArgumentException(c.name());
        };
    }

    private Map<Col, Integer> header(List<Object> cells) {
        Map<Col, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = text(cells.get(i));
            if (h == null) {
                continue;
            }
            Col c = Col.of(h);
            if (c == null) {
                problems.add(new ActivityImportResult.Problem(1, Text.of("UnknownColumn", shorten(h))));
            } else {
                positions.putIfAbsent(c, i);
            }
        }
        for (Col c : Col.values()) {
            if (c.mandatory && !positions.containsKey(c)) {
                problems.add(new ActivityImportResult.Problem(1, Text.of("MissingColumn", c.header)));
            }
        }
        return positions;
    }

    private Integer year(int rowNo, List<Object> cells, Map<Col, Integer> positions) {
        Object v = cell(cells, positions, Col.YEAR);
        String t = text(v);
        if (t == null) {
            mandatory(rowNo, Col.YEAR);
            return null;
        }
        BigDecimal n = v instanceof BigDecimal b ? b : parseNumber(t);
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(1900)) < 0
                || n.compareTo(BigDecimal.valueOf(2200)) > 0) {
            problems.add(new ActivityImportResult.Problem(rowNo, Text.of("NotAYear", Col.YEAR.header, shorten(t))));
            return null;
        }
        return n.intValue();
    }

    private ActivityUnit unit(int rowNo, List<Object> cells, Map<Col, Integer> positions) {
        String t = text(cell(cells, positions, Col.UNIT));
        if (t == null) {
            mandatory(rowNo, Col.UNIT);
            return null;
        }
        String n = normalise(t);
        for (ActivityUnit u : ActivityUnit.values()) {
            if (u.code().equalsIgnoreCase(t.strip())) {
                return u;
            }
        }
        ActivityUnit byWord = switch (n) {
            case "journees", "journee", "jours", "days" -> ActivityUnit.DAYS;
            case "places", "place" -> ActivityUnit.PLACES;
            case "actes", "acte", "acts" -> ActivityUnit.ACTS;
            case "fileactive", "activefile" -> ActivityUnit.ACTIVE_FILE;
            case "heures", "heure", "hours" -> ActivityUnit.HOURS;
            default -> null;
        };
        if (byWord == null) {
            problems.add(new ActivityImportResult.Problem(rowNo, Text.of("UnknownUnit", shorten(t))));
        }
        return byWord;
    }

    private BigDecimal number(int rowNo, Col c, Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        String t = text(v);
        if (t == null) {
            return null;
        }
        BigDecimal n = parseNumber(t);
        if (n == null) {
            problems.add(new ActivityImportResult.Problem(rowNo, Text.of("NotANumber", c.header, shorten(t))));
        }
        return n;
    }

    private LocalDate date(int rowNo, Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        String t = text(v);
        if (t == null) {
            return null;
        }
        try {
            return t.contains("/") ? LocalDate.parse(t.strip(), FRENCH_DATE) : LocalDate.parse(t.strip());
        } catch (DateTimeParseException e) {
            problems.add(new ActivityImportResult.Problem(rowNo, Text.of("NotADate", Col.MEASURE_DATE.header,
                    shorten(t))));
            return null;
        }
    }

    /**
     * A number as the establishments write it: spaces (also non-breaking) as thousands separators, a decimal comma
     * or point; with both, the last one is the decimal separator. Null when it is not a number.
     */
    static BigDecimal parseNumber(String text) {
        String t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        }
        if (!t.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private void mandatory(int rowNo, Col c) {
        problems.add(new ActivityImportResult.Problem(rowNo, Text.of("Mandatory", c.header)));
    }

    private static Object cell(List<Object> cells, Map<Col, Integer> positions, Col c) {
        Integer pos = positions.get(c);
        return pos == null || pos >= cells.size() ? null : cells.get(pos);
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String t = v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** A FINESS number as stored: 9 characters; a spreadsheet that read it as a number lost its leading zero. */
    private static String finess(String value) {
        String t = value.strip();
        return t.matches("\\d{8}") ? "0" + t : t.toUpperCase(Locale.ROOT);
    }

    static String normalise(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String shorten(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    // ------------------------------------------------------------------------------------------- lookups

    private record Contract(int id, int clientId, int orgId, String label) {
    }

    private Contract contract(int contractId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT AD_Client_ID, AD_Org_ID, DocumentNo "
                + "FROM CPOM_Contract WHERE CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Contract(contractId, rs.getInt(1), rs.getInt(2),
                        rs.getString(3) == null ? "#" + contractId : rs.getString(3)) : null;
            }
        }
    }

    private Map<String, Integer> establishments(int clientId) throws SQLException {
        Map<String, Integer> map = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT UPPER(FINESS_EG), CPOM_Establishment_ID "
                + "FROM CPOM_Establishment WHERE AD_Client_ID=? AND IsActive='Y'")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.putIfAbsent(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return map;
    }

    private Map<String, Object> existing(int contractId, int establishmentId, int year) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM CPOM_Activity WHERE "
                + "CPOM_Contract_ID=? AND CPOM_Establishment_ID=? AND FiscalYear=?")) {
            ps.setInt(1, contractId);
            ps.setInt(2, establishmentId);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first sheet: numbers as BigDecimal, date cells as LocalDate, the rest as displayed text. */
    static List<List<Object>> readXlsx(byte[] bytes) throws IOException {
        List<List<Object>> table = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); Workbook wb = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(value(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
        }
        return table;
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        if (type == CellType.BLANK) {
            return null;
        }
        return type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    }

    /** UTF-8 text (a BOM is skipped), separated by semicolons when the header has any, else by commas. */
    static List<List<Object>> readCsv(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<List<Object>> table = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            table.add(row);
        }
        return table;
    }

    private ActivityImportResult unreadable(String fileName, Exception e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        problems.add(new ActivityImportResult.Problem(0, Text.of("UnreadableFile", fileName, shorten(reason))));
        return ActivityImportResult.rejected(fileName, problems);
    }
}
