package org.cpom.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.ColumnLimits;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_LoadFinessCategories: reads the ANS TRE_R66 table (FINESS categories) from a CSV file and creates or
 * renames the CPOM_FinessCategory records (system client). Separator ';', ',' or tab, optional header line,
 * optional quotes; column 1 is the code (digits), column 2 the label. The whole file is checked before anything
 * is written, so a bad file changes nothing.
 */
public final class FinessCategoryLoader {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,10}");

    private final Connection connection;
    private final RecordStore store;

    public FinessCategoryLoader(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    public ProcessResult load(Path file) throws SQLException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // also covers a file that is not UTF-8 (MalformedInputException is an IOException)
            throw new CpomValidationException(
                    ValidationResult.of(MessageKeys.PROCESS_FILE_NOT_READABLE, "FileName", String.valueOf(file)));
        }
        Map<String, String> categories = new LinkedHashMap<>();
        ValidationResult.Builder errors = ValidationResult.builder();
        int maxName = ColumnLimits.maxLength("CPOM_FinessCategory", "Name");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = split(line);
            String code = cells.length > 0 ? unquote(cells[0]) : "";
            String name = cells.length > 1 ? unquote(cells[1]) : "";
            if (i == 0 && !CODE.matcher(code).matches()) {
                continue; // header line
            }
            if (!CODE.matcher(code).matches()) {
                errors.add(MessageKeys.PROCESS_CSV_LINE_INVALID, "FileName", i + 1, file.getFileName(),
                        shorten(code));
            } else if (name.isBlank() || name.length() > maxName) {
                errors.add(MessageKeys.PROCESS_CSV_LINE_INVALID, "FileName", i + 1, file.getFileName(),
                        shorten(name));
            } else {
                categories.put(code, name);
            }
        }
        errors.build().throwIfInvalid();
        Map<String, Integer> existing = new HashMap<>();
        Map<String, String> existingNames = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT Value, CPOM_FinessCategory_ID, Name FROM CPOM_FinessCategory WHERE AD_Client_ID=0");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getInt(2));
                existingNames.put(rs.getString(1), rs.getString(3));
            }
        }
        int created = 0;
        int updated = 0;
        List<String> codes = new ArrayList<>(categories.keySet());
        for (String code : codes) {
            String name = categories.get(code);
            Integer id = existing.get(code);
            if (id == null) {
                store.insert("CPOM_FinessCategory", JdbcRecordStore.columns("AD_Client_ID", 0, "AD_Org_ID", 0,
                        "Value", code, "Name", name));
                created++;
            } else if (!name.equals(existingNames.get(code))) {
                store.update("CPOM_FinessCategory", id, JdbcRecordStore.columns("Name", name));
                updated++;
            }
        }
        return new ProcessResult(MessageKeys.PROCESS_CATEGORIES_LOADED, categories.size(), created, updated);
    }

    private static String[] split(String line) {
        char sep = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
        return line.split(Pattern.quote(String.valueOf(sep)), -1);
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s.trim();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
