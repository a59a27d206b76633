package org.cpom.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.adapter.Dates;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Payer;
import org.cpom.core.rule.Coded;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.Violation;
import org.cpom.persistence.RecordStore;
import org.cpom.persistence.TenantGuard;
import org.cpom.service.ContractWorkbookFormat.Column;
import org.cpom.service.ContractWorkbookFormat.Kind;
import org.cpom.service.ContractWorkbookFormat.Sheet;
import org.cpom.service.ContractWorkbookFormat.Target;
import org.cpom.service.WorkbookImportResult.Problem;
import org.cpom.service.WorkbookImportResult.Text;

/**
 * Imports a whole contract from a workbook ({@link ContractWorkbookFormat}): every cell is read and every row is
 * written through the {@link RecordStore}, so it passes the save rules of a window; every problem is collected
 * (nothing stops at the first). All or nothing: the writes run after a savepoint that is rolled back when any row
 * was rejected, and the caller commits or rolls back its transaction. Records are matched on their natural keys
 * (contract DocumentNo, establishment FINESS_EG, axis number, action sheet Value, indicator name, budget key...),
 * so importing the same workbook again creates nothing and changes nothing. An empty cell leaves a stored value
 * unchanged; the import adds and updates, it never deletes.
 */
public final class ContractWorkbookImporter {

    private static final DateTimeFormatter[] DATE_FORMATS = {DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu")};

    private final Connection connection;
    private final RecordStore store;
    private final int clientId;

    /** One import: collected problems, written ids and counts (the importer instance is not shared). */
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Object> lookupCache = new HashMap<>();
    private int created;
    private int updated;
    private int unchanged;

    /**
     * @param connection the transaction's connection (manual commit): reads, and the savepoint of all-or-nothing
     * @param store      the writes (PoRecordStore inside iDempiere, JdbcRecordStore outside)
     * @param clientId   the session's client: references are looked up in it (and in System for shared ones)
     */
    public ContractWorkbookImporter(Connection connection, RecordStore store, int clientId) {
        this.connection = connection;
        this.store = store;
        this.clientId = clientId;
    }

    public WorkbookImportResult importFile(Path file) throws SQLException {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return importWorkbook(in, name);
        } catch (IOException e) {
            return unreadable(name, e);
        }
    }

    public WorkbookImportResult importWorkbook(InputStream in, String fileName) throws SQLException {
        Map<Sheet, List<ParsedRow>> rows;
        try (Workbook wb = new XSSFWorkbook(in)) {
            rows = read(wb);
        } catch (IOException | RuntimeException e) {
            // not a workbook, encrypted, corrupt zip...: one problem, nothing written
            return unreadable(fileName, e);
        }
        Savepoint all = connection.setSavepoint();
        int contractId = 0;
        String documentNo = null;
        try {
            Writer writer = new Writer(rows);
            contractId = writer.write();
            documentNo = writer.documentNo;
        } catch (RuntimeException | SQLException e) {
            connection.rollback(all);
            throw e;
        }
        if (!problems.isEmpty()) {
            connection.rollback(all);
            return new WorkbookImportResult(fileName, documentNo, 0, 0, 0, 0, problems);
        }
        connection.releaseSavepoint(all);
        return new WorkbookImportResult(fileName, documentNo, contractId, created, updated, unchanged, problems);
    }

    private WorkbookImportResult unreadable(String fileName, Exception e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        problems.add(new Problem(fileName, 0, null, null, Text.of("UnreadableFile", fileName, reason)));
        return new WorkbookImportResult(fileName, null, 0, 0, 0, 0, problems);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * A data row: its values by column (null for an empty or wrong cell), where each column sits, and the columns
     * whose cell was wrong. A row whose key is readable is still written (without its wrong cells) so its other
     * values meet the save rules and its dependent rows are checked too; the import is rolled back anyway.
     */
    record ParsedRow(Sheet sheet, int row, Map<Column, Object> values, Map<Column, Integer> positions,
            Set<Column> bad, boolean ok) {

        Object get(String header) {
            return values.get(sheet.column(header));
        }
    }

    private Map<Sheet, List<ParsedRow>> read(Workbook wb) throws SQLException {
        Map<Sheet, List<ParsedRow>> out = new LinkedHashMap<>();
        Set<Sheet> seen = new HashSet<>();
        DataFormatter formatter = new DataFormatter(Locale.FRANCE);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            org.apache.poi.ss.usermodel.Sheet ws = wb.getSheetAt(i);
            String name = ws.getSheetName();
            String n = ContractWorkbookFormat.normalise(name);
            if (n.equals(ContractWorkbookFormat.normalise(ContractWorkbookFormat.README_SHEET))
                    || n.equals(ContractWorkbookFormat.normalise(ContractWorkbookFormat.LISTS_SHEET))) {
                continue;
            }
            Sheet sheet = ContractWorkbookFormat.sheet(name);
            if (sheet == null) {
                problems.add(new Problem(name, 1, null, null, Text.of("UnknownSheet", name)));
                continue;
            }
            seen.add(sheet);
            out.put(sheet, readSheet(sheet, ws, formatter));
        }
        for (Sheet s : ContractWorkbookFormat.SHEETS) {
            if (s.required() && !seen.contains(s)) {
                problems.add(new Problem(s.name(), 1, null, null, Text.of("MissingSheet", s.name())));
            }
        }
        List<ParsedRow> contract = out.get(ContractWorkbookFormat.sheet(ContractWorkbookFormat.CONTRACT));
        if (contract != null && contract.size() != 1) {
            problems.add(new Problem(ContractWorkbookFormat.CONTRACT, 2, null, null,
                    Text.of("OneContractRow", contract.size())));
        }
        return out;
    }

    private List<ParsedRow> readSheet(Sheet sheet, org.apache.poi.ss.usermodel.Sheet ws, DataFormatter formatter)
            throws SQLException {
        Map<Column, Integer> positions = new LinkedHashMap<>();
        Row header = ws.getRow(ws.getFirstRowNum() < 0 ? 0 : ws.getFirstRowNum());
        int headerRow = header == null ? 0 : header.getRowNum();
        if (header != null) {
            for (Cell cell : header) {
                String title = formatter.formatCellValue(cell).trim();
                if (title.isEmpty()) {
                    continue;
                }
                Column c = sheet.column(title);
                if (c == null || positions.containsKey(c)) {
                    problems.add(new Problem(sheet.name(), headerRow + 1, letter(cell.getColumnIndex()), title,
                            Text.of("UnknownColumn", title, sheet.name())));
                } else {
                    positions.put(c, cell.getColumnIndex());
                }
            }
        }
        for (Column c : sheet.columns()) {
            if (c.mandatory() && !positions.containsKey(c)) {
                problems.add(new Problem(sheet.name(), headerRow + 1, null, null,
                        Text.of("MissingColumn", c.header())));
            }
        }
        List<ParsedRow> rows = new ArrayList<>();
        Map<List<Object>, Integer> keys = new HashMap<>();
        for (int r = headerRow + 1; r <= ws.getLastRowNum(); r++) {
            Row row = ws.getRow(r);
            if (row == null || isBlank(row, positions.values(), formatter)) {
                continue;
            }
            Map<Column, Object> values = new LinkedHashMap<>();
            Set<Column> bad = new HashSet<>();
            for (Column c : sheet.columns()) {
                Integer pos = positions.get(c);
                int before = problems.size();
                Object v = pos == null ? null : readCell(sheet, r + 1, c, pos, row.getCell(pos), formatter);
                if (problems.size() > before) {
                    bad.add(c);
                } else if (v == null && c.mandatory() && pos != null) {
                    problems.add(new Problem(sheet.name(), r + 1, letter(pos), c.header(), Text.of("Mandatory")));
                    bad.add(c);
                }
                values.put(c, v);
            }
            List<Object> key = new ArrayList<>();
            boolean ok = true;
            for (Column c : sheet.columns()) {
                if (c.key() || (c.mandatory() && c.kind() == Kind.REFERENCE)) {
                    Object v = values.get(c);
                    key.add(v instanceof String s ? s.toUpperCase(Locale.ROOT) : v);
                    ok &= v != null;
                }
            }
            if (ok) {
                Integer first = keys.putIfAbsent(key, r + 1);
                if (first != null) {
                    problems.add(new Problem(sheet.name(), r + 1, null, null, Text.of("DuplicateKey", first)));
                    ok = false;
                }
            }
            rows.add(new ParsedRow(sheet, r + 1, values, positions, bad, ok));
        }
        return rows;
    }

    private static boolean isBlank(Row row, Iterable<Integer> positions, DataFormatter formatter) {
        for (int pos : positions) {
            Cell cell = row.getCell(pos);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** The cell's value in the column's type, or null when empty or wrong (then a problem is recorded). */
    private Object readCell(Sheet sheet, int rowNo, Column c, int pos, Cell cell, DataFormatter formatter)
            throws SQLException {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        String text = formatter.formatCellValue(cell).trim();
        if (type == CellType.FORMULA || cell.getCellType() == CellType.FORMULA) {
            text = switch (type) {
                case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case STRING -> cell.getStringCellValue().trim();
                case BOOLEAN -> cell.getBooleanCellValue() ? "Oui" : "Non";
                default -> "";
            };
        }
        if (text.isEmpty() || type == CellType.BLANK) {
            return null;
        }
        String where = letter(pos);
        try {
            switch (c.kind()) {
                case TEXT:
                    if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                        // a FINESS or code typed as a number: keep its digits, not "1,23E+08"
                        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                    }
                    return text;
                case INTEGER: {
                    BigDecimal n = number(cell, type, text);
                    if (n == null || n.stripTrailingZeros().scale() > 0) {
                        return fail(sheet, rowNo, where, c, Text.of("NotAnInteger", text));
                    }
                    return n.intValueExact();
                }
                case NUMBER: {
                    BigDecimal n = number(cell, type, text);
                    return n != null ? n : fail(sheet, rowNo, where, c, Text.of("NotANumber", text));
                }
                case DATE: {
                    LocalDate d = date(cell, type, text);
                    return d != null ? d : fail(sheet, rowNo, where, c, Text.of("NotADate", text));
                }
                case YES_NO: {
                    Boolean b = type == CellType.BOOLEAN ? Boolean.valueOf(cell.getBooleanCellValue()) : yesNo(text);
                    return b != null ? (b ? "Y" : "N") : fail(sheet, rowNo, where, c, Text.of("NotYesNo", text));
                }
                case LIST: {
                    Coded v = listValue(c.list(), text);
                    return v != null ? v : fail(sheet, rowNo, where, c,
                            Text.of("UnknownListValue", text, accepted(c.list())));
                }
                case REFERENCE:
                    return reference(sheet, rowNo, where, c, text);
                default:
                    throw new IllegalStateException(c.kind().name());
            }
        } catch (ArithmeticException e) {
            return fail(sheet, rowNo, where, c, Text.of("NotAnInteger", text));
        }
    }

    private Object fail(Sheet sheet, int rowNo, String where, Column c, Localizable message) {
        problems.add(new Problem(sheet.name(), rowNo, where, c.header(), message));
        return null;
    }

    private static BigDecimal number(Cell cell, CellType type, String text) {
        if (type == CellType.NUMERIC) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros();
        }
        // French "1 234,56" or "1234.56", a euro sign or a percent sign around it
        String t = text.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace("€", "")
                .replace("%", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Cell cell, CellType type, String text) {
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return DateUtil.isValidExcelDate(v) && v >= 1 ? DateUtil.getLocalDateTime(v).toLocalDate() : null;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static Boolean yesNo(String text) {
        return switch (ContractWorkbookFormat.normalise(text)) {
            case "oui", "o", "yes", "y", "1", "vrai", "true", "x" -> Boolean.TRUE;
            case "non", "n", "no", "0", "faux", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A list value by its code, French or English label (or their short form), ignoring case and accents. */
    static Coded listValue(Class<? extends Coded> type, String text) {
        String n = ContractWorkbookFormat.normalise(text);
        for (Coded v : type.getEnumConstants()) {
            for (String s : ContractWorkbookFormat.spellings(v)) {
                if (ContractWorkbookFormat.normalise(s).equals(n)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String accepted(Class<? extends Coded> type) {
        StringJoiner j = new StringJoiner(", ");
        for (Coded v : type.getEnumConstants()) {
            j.add(v.code() + " = " + ContractWorkbookFormat.frenchLabel(v));
        }
        return j.toString();
    }

    /** Records outside the workbook (partners, users, organisations...) are resolved while reading. */
    private Object reference(Sheet sheet, int rowNo, String where, Column c, String text) throws SQLException {
        String sql = switch (c.target()) {
            case BPARTNER -> "SELECT C_BPartner_ID, Value FROM C_BPartner WHERE AD_Client_ID IN (0,?) AND IsActive='Y' "
                    + "AND (UPPER(Value)=UPPER(?) OR UPPER(Name)=UPPER(?))";
            case USER -> "SELECT AD_User_ID, Value FROM AD_User WHERE AD_Client_ID IN (0,?) AND IsActive='Y' "
                    + "AND (UPPER(Value)=UPPER(?) OR UPPER(Name)=UPPER(?) OR UPPER(EMail)=UPPER(?))";
            case ORG -> "SELECT AD_Org_ID, Value FROM AD_Org WHERE AD_Client_ID=? AND IsActive='Y' "
                    + "AND (UPPER(Value)=UPPER(?) OR UPPER(Name)=UPPER(?))";
            case FINESS_CATEGORY -> "SELECT CPOM_FinessCategory_ID, Value FROM CPOM_FinessCategory "
                    + "WHERE AD_Client_ID IN (0,?) AND IsActive='Y' AND (UPPER(Value)=UPPER(?) OR UPPER(Name)=UPPER(?))";
            case TARIFF_MODE -> "SELECT CPOM_TariffMode_ID, Value FROM CPOM_TariffMode "
                    + "WHERE AD_Client_ID IN (0,?) AND IsActive='Y' AND (UPPER(Value)=UPPER(?) OR UPPER(Name)=UPPER(?))";
            case CURRENCY -> "SELECT C_Currency_ID, ISO_Code FROM C_Currency WHERE AD_Client_ID IN (0,?) "
                    + "AND IsActive='Y' AND (UPPER(ISO_Code)=UPPER(?) OR UPPER(Description)=UPPER(?))";
            // records of the workbook itself: resolved when written (Writer)
            case ESTABLISHMENT, AXIS, ACTION_SHEET, INDICATOR -> null;
            case ESTABLISHMENTS -> null;
        };
        if (sql == null) {
            return c.kind() == Kind.REFERENCE && c.target() == Target.AXIS ? axisNumber(sheet, rowNo, where, c, text)
                    : text;
        }
        String cacheKey = c.target() + "\u0000" + text.toUpperCase(Locale.ROOT);
        Object cached = lookupCache.get(cacheKey);
        if (cached == null) {
            List<Integer> ids = new ArrayList<>();
            Integer byValue = null;
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int n = ps.getParameterMetaData().getParameterCount();
                ps.setInt(1, clientId);
                for (int i = 2; i <= n; i++) {
                    ps.setString(i, text);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                        if (text.equalsIgnoreCase(rs.getString(2))) {
                            byValue = rs.getInt(1);
                        }
                    }
                }
            }
            cached = byValue != null ? byValue : ids.size() == 1 ? ids.get(0) : ids.isEmpty() ? "none" : "many";
            lookupCache.put(cacheKey, cached);
        }
        if (cached instanceof Integer id) {
            return id;
        }
        Text target = Text.of("Target." + c.target().name());
        return fail(sheet, rowNo, where, c, Text.of("none".equals(cached) ? "UnknownReference" : "AmbiguousReference",
                target, text));
    }

    private Object axisNumber(Sheet sheet, int rowNo, String where, Column c, String text) {
        BigDecimal n = number(null, CellType.STRING, text);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            return fail(sheet, rowNo, where, c, Text.of("NotAnInteger", text));
        }
        return n.intValue();
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** Writes the parsed rows in dependency order; rows whose parent was rejected are not written. */
    private final class Writer {
        private final Map<Sheet, List<ParsedRow>> rows;
        private final Map<String, Integer> establishments = new HashMap<>();
        private final Set<String> rejectedEstablishments = new HashSet<>();
        private final Map<Integer, Integer> axes = new HashMap<>();
        private final Map<String, Integer> actionSheets = new HashMap<>();
        private final Map<String, Integer> indicators = new HashMap<>();
        /** Rows not written because a record they need was rejected (already reported): never reported again. */
        private final Set<ParsedRow> skipped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private String documentNo;
        private int contractId;

        Writer(Map<Sheet, List<ParsedRow>> rows) {
            this.rows = rows;
        }

        private List<ParsedRow> of(String sheet) {
            return rows.getOrDefault(ContractWorkbookFormat.sheet(sheet), List.of());
        }

        int write() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.ESTABLISHMENTS)) {
                String finess = ((String) r.get(ContractWorkbookFormat.H_FINESS));
                if (!r.ok()) {
                    if (finess != null) {
                        rejectedEstablishments.add(finess.toUpperCase(Locale.ROOT));
                    }
                    continue;
                }
                Integer existing = id("SELECT CPOM_Establishment_ID FROM CPOM_Establishment WHERE AD_Client_ID=? "
                        + "AND FINESS_EG=?", clientId, finess);
                Integer id = upsert(r, existing, Map.of());
                if (id != null) {
                    establishments.put(finess.toUpperCase(Locale.ROOT), id);
                } else {
                    rejectedEstablishments.add(finess.toUpperCase(Locale.ROOT));
                }
            }
            List<ParsedRow> header = of(ContractWorkbookFormat.CONTRACT);
            if (header.size() != 1 || !header.get(0).ok()) {
                return 0;
            }
            ParsedRow h = header.get(0);
            documentNo = (String) h.get(ContractWorkbookFormat.H_DOCUMENT_NO);
            Integer existing = id("SELECT CPOM_Contract_ID FROM CPOM_Contract WHERE AD_Client_ID=? AND DocumentNo=?",
                    clientId, documentNo);
            Map<String, Object> extra = new LinkedHashMap<>();
            if (h.get("Montant total") == null && existing == null) {
                extra.put("TotalAmt", commitment());
            }
            if (h.get("Devise") == null && existing == null) {
                Object eur = reference(h.sheet(), h.row(), null, h.sheet().column("Devise"), "EUR");
                if (eur instanceof Integer cur) {
                    extra.put("C_Currency_ID", cur);
                } else {
                    problems.remove(problems.size() - 1); // no EUR in the database: leave the currency empty
                }
            }
            Integer id = upsert(h, existing, extra);
            if (id == null) {
                return 0;
            }
            contractId = id;
            perimeter();
            axes();
            actionSheets();
            budget();
            indicators();
            targets();
            reviews();
            return contractId;
        }

        /** The authorities' commitment: the budget rows paid by a payer an authority commits (groups I and II). */
        private BigDecimal commitment() {
            BigDecimal total = BigDecimal.ZERO;
            for (ParsedRow r : of(ContractWorkbookFormat.BUDGET)) {
                Object payer = r.get("Payeur");
                Object group = r.get("Groupe fonctionnel");
                Object amount = r.get("Montant");
                if (payer instanceof Payer p && p.isCommitted() && amount instanceof BigDecimal a
                        && (group == FunctionalGroup.INCOME_I || group == FunctionalGroup.INCOME_II)) {
                    total = total.add(a);
                }
            }
            return total;
        }

        private Integer establishment(ParsedRow r, Column c, String finess) throws SQLException {
            String k = finess.toUpperCase(Locale.ROOT);
            Integer id = establishments.get(k);
            if (id == null && !rejectedEstablishments.contains(k)) {
                id = id("SELECT CPOM_Establishment_ID FROM CPOM_Establishment WHERE AD_Client_ID=? AND FINESS_EG=?",
                        clientId, finess);
                if (id != null) {
                    establishments.put(k, id);
                } else {
                    problems.add(new Problem(r.sheet().name(), r.row(), letterOf(r, c), c.header(),
                            Text.of("UnknownInWorkbook", Text.of("Target.ESTABLISHMENT"), finess)));
                }
            }
            return id;
        }

        private void perimeter() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.PERIMETER)) {
                if (!r.ok()) {
                    continue;
                }
                Column c = r.sheet().column(ContractWorkbookFormat.H_FINESS);
                Integer est = establishment(r, c, (String) r.values().get(c));
                if (est == null) {
                    skipped.add(r);
                    continue;
                }
                Integer existing = id("SELECT CPOM_ContractEstablishment_ID FROM CPOM_ContractEstablishment "
                        + "WHERE CPOM_Contract_ID=? AND CPOM_Establishment_ID=?", contractId, est);
                upsert(r, existing, Map.of("CPOM_Contract_ID", contractId, "CPOM_Establishment_ID", est));
            }
        }

        private void axes() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.AXES)) {
                if (!r.ok()) {
                    continue;
                }
                int no = (Integer) r.get(ContractWorkbookFormat.H_AXIS_NO);
                Integer existing = id("SELECT CPOM_Axis_ID FROM CPOM_Axis WHERE CPOM_Contract_ID=? AND SeqNo=?",
                        contractId, no);
                Integer id = upsert(r, existing, Map.of("CPOM_Contract_ID", contractId));
                if (id != null) {
                    axes.put(no, id);
                }
            }
        }

        private void actionSheets() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.ACTION_SHEETS)) {
                if (!r.ok()) {
                    continue;
                }
                Column axisColumn = r.sheet().column(ContractWorkbookFormat.H_AXIS_NO);
                int no = (Integer) r.values().get(axisColumn);
                Integer axis = axes.get(no);
                if (axis == null) {
                    axis = id("SELECT CPOM_Axis_ID FROM CPOM_Axis WHERE CPOM_Contract_ID=? AND SeqNo=?", contractId,
                            no);
                }
                if (axis == null) {
                    if (!rowRejected(ContractWorkbookFormat.AXES, ContractWorkbookFormat.H_AXIS_NO, no)) {
                        problems.add(new Problem(r.sheet().name(), r.row(), letterOf(r, axisColumn),
                                axisColumn.header(), Text.of("UnknownInWorkbook", Text.of("Target.AXIS"), no)));
                    }
                    skipped.add(r);
                    continue;
                }
                String value = (String) r.get(ContractWorkbookFormat.H_SHEET_NO);
                Integer existing = id("SELECT CPOM_ActionSheet_ID FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? "
                        + "AND Value=?", contractId, value);
                Integer id = upsert(r, existing, Map.of("CPOM_Contract_ID", contractId, "CPOM_Axis_ID", axis));
                if (id == null) {
                    continue;
                }
                actionSheets.put(value.toUpperCase(Locale.ROOT), id);
                Column concerned = r.sheet().column("Établissements concernés");
                Object list = r.values().get(concerned);
                if (list == null) {
                    continue;
                }
                for (String finess : ((String) list).split("[;,\\s]+")) {
                    if (finess.isBlank()) {
                        continue;
                    }
                    Integer est = establishment(r, concerned, finess.trim());
                    if (est == null) {
                        continue;
                    }
                    Integer link = id("SELECT CPOM_ActionSheetEstablishment_ID FROM CPOM_ActionSheetEstablishment "
                            + "WHERE CPOM_ActionSheet_ID=? AND CPOM_Establishment_ID=?", id, est);
                    if (link == null) {
                        write(r, null, "CPOM_ActionSheetEstablishment", null,
                                Map.of("CPOM_ActionSheet_ID", id, "CPOM_Establishment_ID", est));
                    } else {
                        unchanged++;
                    }
                }
            }
        }

        private void budget() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.BUDGET)) {
                if (!r.ok()) {
                    continue;
                }
                Column c = r.sheet().column(ContractWorkbookFormat.H_FINESS);
                Integer est = establishment(r, c, (String) r.values().get(c));
                if (est == null) {
                    skipped.add(r);
                    continue;
                }
                Payer payer = (Payer) r.get("Payeur");
                String sql = "SELECT CPOM_BudgetLine_ID FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                        + "AND CPOM_Establishment_ID=? AND FiscalYear=? AND FunctionalGroup=? AND BudgetSection=? "
                        + "AND Payer=?";
                Integer existing = id(sql, contractId, est, r.get(ContractWorkbookFormat.H_YEAR),
                        ((Coded) r.get("Groupe fonctionnel")).code(), ((Coded) r.get("Section")).code(),
                        payer.code());
                upsert(r, existing, Map.of("CPOM_Contract_ID", contractId, "CPOM_Establishment_ID", est,
                        "Funder", payer.funder().code()));
            }
        }

        private void indicators() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.INDICATORS)) {
                if (!r.ok()) {
                    continue;
                }
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("CPOM_Contract_ID", contractId);
                Column sheetColumn = r.sheet().column(ContractWorkbookFormat.H_SHEET_NO);
                Object sheetNo = r.values().get(sheetColumn);
                if (sheetNo != null) {
                    Integer sheetId = actionSheets.get(((String) sheetNo).toUpperCase(Locale.ROOT));
                    if (sheetId == null) {
                        sheetId = id("SELECT CPOM_ActionSheet_ID FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? "
                                + "AND Value=?", contractId, sheetNo);
                    }
                    if (sheetId == null) {
                        if (!rowRejected(ContractWorkbookFormat.ACTION_SHEETS, ContractWorkbookFormat.H_SHEET_NO,
                                sheetNo)) {
                            problems.add(new Problem(r.sheet().name(), r.row(), letterOf(r, sheetColumn),
                                    sheetColumn.header(), Text.of("UnknownInWorkbook", Text.of("Target.ACTION_SHEET"),
                                            sheetNo)));
                        }
                        skipped.add(r);
                        continue;
                    }
                    extra.put("CPOM_ActionSheet_ID", sheetId);
                }
                String name = (String) r.get(ContractWorkbookFormat.H_INDICATOR);
                Integer existing = id("SELECT CPOM_Indicator_ID FROM CPOM_Indicator WHERE CPOM_Contract_ID=? "
                        + "AND UPPER(Name)=UPPER(?)", contractId, name);
                Integer id = upsert(r, existing, extra);
                if (id != null) {
                    indicators.put(name.toUpperCase(Locale.ROOT), id);
                }
            }
        }

        private void targets() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.TARGETS)) {
                if (!r.ok()) {
                    continue;
                }
                Column c = r.sheet().column(ContractWorkbookFormat.H_INDICATOR);
                String name = (String) r.values().get(c);
                Integer indicator = indicators.get(name.toUpperCase(Locale.ROOT));
                if (indicator == null) {
                    indicator = id("SELECT CPOM_Indicator_ID FROM CPOM_Indicator WHERE CPOM_Contract_ID=? "
                            + "AND UPPER(Name)=UPPER(?)", contractId, name);
                }
                if (indicator == null) {
                    if (!rowRejected(ContractWorkbookFormat.INDICATORS, ContractWorkbookFormat.H_INDICATOR, name)) {
                        problems.add(new Problem(r.sheet().name(), r.row(), letterOf(r, c), c.header(),
                                Text.of("UnknownInWorkbook", Text.of("Target.INDICATOR"), name)));
                    }
                    skipped.add(r);
                    continue;
                }
                Integer existing = id("SELECT CPOM_IndicatorValue_ID FROM CPOM_IndicatorValue "
                        + "WHERE CPOM_Indicator_ID=? AND FiscalYear=?", indicator, r.get(ContractWorkbookFormat.H_YEAR));
                upsert(r, existing, Map.of("CPOM_Indicator_ID", indicator));
            }
        }

        private void reviews() throws SQLException {
            for (ParsedRow r : of(ContractWorkbookFormat.REVIEWS)) {
                if (!r.ok()) {
                    continue;
                }
                Integer existing = id("SELECT CPOM_Review_ID FROM CPOM_Review WHERE CPOM_Contract_ID=? "
                        + "AND FiscalYear=? AND ReviewKind=?", contractId, r.get(ContractWorkbookFormat.H_YEAR),
                        ((Coded) r.get("Type de revue")).code());
                upsert(r, existing, Map.of("CPOM_Contract_ID", contractId));
            }
        }

        /** True when the workbook has a row of that sheet with that key which was rejected (already reported). */
        private boolean rowRejected(String sheet, String header, Object key) {
            for (ParsedRow r : of(sheet)) {
                Object v = r.get(header);
                if (v != null && String.valueOf(v).equalsIgnoreCase(String.valueOf(key))) {
                    return !r.ok() || skipped.contains(r) || rowHasProblem(r);
                }
            }
            return false;
        }

        private boolean rowHasProblem(ParsedRow r) {
            for (Problem p : problems) {
                if (p.sheet().equals(r.sheet().name()) && p.row() == r.row()) {
                    return true;
                }
            }
            return false;
        }

        /** Inserts the row, or updates the stored record's changed columns; the id, or null when rejected. */
        private Integer upsert(ParsedRow r, Integer existing, Map<String, Object> extra) throws SQLException {
            String table = r.sheet().table();
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<Column, Object> e : r.values().entrySet()) {
                Column c = e.getKey();
                if (c.column() == null || e.getValue() == null || isInternal(c)) {
                    continue;
                }
                Object v = e.getValue();
                values.put(c.column(), v instanceof Coded coded ? coded.code() : v);
            }
            values.putAll(extra);
            return write(r, existing, table, existing == null ? null : load(table, existing), values);
        }

        private Integer write(ParsedRow r, Integer existing, String table, Map<String, Object> stored,
                Map<String, Object> values) throws SQLException {
            Map<String, Object> changes = values;
            if (existing != null) {
                changes = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    if (!same(stored.get(e.getKey()), e.getValue())) {
                        changes.put(e.getKey(), e.getValue());
                    }
                }
                if (changes.isEmpty()) {
                    unchanged++;
                    return existing;
                }
            }
            Savepoint sp = connection.setSavepoint();
            try {
                int id;
                if (existing == null) {
                    id = store.insert(table, changes);
                    created++;
                } else {
                    store.update(table, existing, changes);
                    id = existing;
                    updated++;
                }
                connection.releaseSavepoint(sp);
                return id;
            } catch (CpomValidationException e) {
                connection.rollback(sp);
                int before = problems.size();
                for (Violation v : e.result().violations()) {
                    Column c = v.field() == null ? null : columnOf(r.sheet(), v.field());
                    if (c != null && r.bad().contains(c)) {
                        continue; // the cell itself was already reported; the rule only sees it empty
                    }
                    String letter = c == null ? null : letterOf(r, c);
                    problems.add(new Problem(r.sheet().name(), r.row(), letter, letter == null ? null : c.header(),
                            v));
                }
                if (problems.size() == before && r.bad().isEmpty()) {
                    problems.add(new Problem(r.sheet().name(), r.row(), null, null, e.result().violations().get(0)));
                }
                return null;
            } catch (TenantGuard.CrossTenantWriteException e) {
                connection.rollback(sp);
                problems.add(new Problem(r.sheet().name(), r.row(), null, null, e::getMessage));
                return null;
            } catch (RuntimeException e) {
                // a database refusal (constraint, trigger) or a PO save failure: the row is rejected, the import goes
                // on so every other row is still checked
                connection.rollback(sp);
                if (r.bad().isEmpty()) {
                    // with a wrong cell already reported, the refusal is most likely that cell left empty
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    problems.add(new Problem(r.sheet().name(), r.row(), null, null,
                            Text.of("DatabaseRefused", reason)));
                }
                return null;
            }
        }

        private Column columnOf(Sheet sheet, String field) {
            for (Column c : sheet.columns()) {
                if (field.equalsIgnoreCase(c.column())) {
                    return c;
                }
            }
            if (field.equalsIgnoreCase("Funder")) {
                return sheet.column("Payeur");
            }
            return null;
        }

        private String letterOf(ParsedRow r, Column c) {
            Integer pos = r.positions().get(c);
            return pos == null ? null : letter(pos);
        }
    }

    /** A column naming another record of the workbook: its id is resolved by the writer, not read from the cell. */
    private static boolean isInternal(Column c) {
        return c.kind() == Kind.REFERENCE && (c.target() == Target.ESTABLISHMENT || c.target() == Target.AXIS
                || c.target() == Target.ACTION_SHEET || c.target() == Target.INDICATOR
                || c.target() == Target.ESTABLISHMENTS);
    }

    private static boolean same(Object stored, Object value) {
        if (stored == null || value == null) {
            return stored == value;
        }
        if (value instanceof Number n && stored instanceof Number s) {
            return new BigDecimal(s.toString()).compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (value instanceof LocalDate d) {
            return d.equals(Dates.toLocalDate(stored));
        }
        return String.valueOf(stored).trim().equals(String.valueOf(value).trim());
    }

    private Integer id(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private Map<String, Object> load(String table, int id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + table + "_ID=?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                if (rs.next()) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }
}
