package org.cpom.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.reference.NomenclatureEntry;
import org.cpom.core.reference.NomenclatureFile;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_LoadFinessCategories: the core reads the ANS TRE_R66 export (NomenclatureFile: separator and columns
 * detected, bad lines reported and skipped); this service creates the missing CPOM_FinessCategory records of the
 * system client and renames changed ones. The skipped lines come back as warnings of the result.
 */
public final class FinessCategoryLoader {

    static final String TABLE = "CPOM_FinessCategory";

    private final Connection connection;
    private final RecordStore store;

    public FinessCategoryLoader(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    public ProcessResult load(Path file) throws SQLException {
        NomenclatureFile.Result parsed;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = NomenclatureFile.parse(reader, TABLE, String.valueOf(file.getFileName()));
        } catch (IOException | RuntimeException e) {
            // missing, unreadable or not UTF-8 (MalformedInputException is an IOException)
            throw new CpomValidationException(
                    ValidationResult.of(MessageKeys.PROCESS_FILE_NOT_READABLE, "FileName", String.valueOf(file)));
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT Value, CPOM_FinessCategory_ID, Name, Description FROM CPOM_FinessCategory WHERE AD_Client_ID=0");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getInt(2));
                names.put(rs.getString(1), rs.getString(3));
                descriptions.put(rs.getString(1), rs.getString(4));
            }
        }
        int created = 0;
        int updated = 0;
        for (NomenclatureEntry entry : parsed.entries()) {
            Integer id = ids.get(entry.value());
            if (id == null) {
                store.insert(TABLE, JdbcRecordStore.columns("AD_Client_ID", 0, "AD_Org_ID", 0, "Value", entry.value(),
                        "Name", entry.name(), "Description", entry.description()));
                created++;
            } else if (!entry.name().equals(names.get(entry.value()))
                    || !java.util.Objects.equals(entry.description(), descriptions.get(entry.value()))) {
                store.update(TABLE, id, JdbcRecordStore.columns("Name", entry.name(), "Description",
                        entry.description()));
                updated++;
            }
        }
        return ProcessResult.of(MessageKeys.PROCESS_CATEGORIES_LOADED, parsed.entries().size(), created, updated)
                .withWarnings(parsed.problems());
    }
}
