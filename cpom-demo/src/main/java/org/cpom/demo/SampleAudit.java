package org.cpom.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpom.adapter.CpomSaveRules;
import org.cpom.adapter.SaveRules;
import org.cpom.adapter.SaveType;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.ValidationResult;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordView;

/**
 * Re-checks every CPOM row of one client with the same rule sets the plugin's event handlers run on a save
 * (a change of the row as it is), so the sample is proven consistent with the rules it is meant to illustrate.
 */
final class SampleAudit {

    record TableAudit(String table, int rows, List<String> problems) {
    }

    private SampleAudit() {
    }

    static List<TableAudit> run(Connection c, int clientId, Language lang) throws SQLException {
        JdbcRecordStore store = new JdbcRecordStore(c, clientId, 0, 100);
        List<TableAudit> audits = new ArrayList<>();
        for (SaveRules<?> rules : CpomSaveRules.all()) {
            String table = rules.tableName();
            List<String> problems = new ArrayList<>();
            int rows = 0;
            for (int id : ids(c, table, clientId)) {
                rows++;
                Map<String, Object> row = new LinkedHashMap<>(store.load(table, id));
                ValidationResult r = rules.checkObject(SaveType.CHANGE, RecordView.of(rules.recordType(), row), c);
                if (!r.isValid()) {
                    problems.add(table + " #" + id + ": " + r.render(lang));
                }
            }
            audits.add(new TableAudit(table, rows, problems));
        }
        return audits;
    }

    private static List<Integer> ids(Connection c, String table, int clientId) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + table + "_ID FROM " + table + " WHERE AD_Client_ID=? ORDER BY 1")) {
            ps.setInt(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }
}
