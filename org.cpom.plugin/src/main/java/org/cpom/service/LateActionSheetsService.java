package org.cpom.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_FlagLateActionSheets (schedulable): planned or in-progress sheets past their due date become late (LA),
 * for one contract or all contracts of the client. The core decides which; already late ones are left alone.
 */
public final class LateActionSheetsService {

    private final Connection connection;
    private final RecordStore store;

    public LateActionSheetsService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** @param contractId 0 for every contract of the client */
    public ProcessResult flag(int clientId, int contractId, LocalDate today) throws SQLException {
        List<ActionSheet> candidates = new ArrayList<>();
        String sql = "SELECT s.CPOM_ActionSheet_ID, s.CPOM_Contract_ID, s.Value, s.DueDate, s.ActionStatus "
                + "FROM CPOM_ActionSheet s JOIN CPOM_Contract c ON c.CPOM_Contract_ID=s.CPOM_Contract_ID "
                + "WHERE s.AD_Client_ID=? AND s.IsActive='Y' AND c.DocStatus IN ('DR','IP','CO') "
                + "AND s.DueDate < ? AND COALESCE(s.ActionStatus,'PL') IN ('PL','IP')"
                + (contractId > 0 ? " AND s.CPOM_Contract_ID=?" : "") + " ORDER BY s.CPOM_ActionSheet_ID";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, clientId);
            ps.setTimestamp(2, Dates.toTimestamp(today));
            if (contractId > 0) {
                ps.setInt(3, contractId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new ActionSheet(rs.getInt(1), rs.getInt(2), 0, rs.getString(3), null, null, null,
                            0, null, null, Dates.toLocalDate(rs.getTimestamp(4)),
                            CoreMapping.decodeOrNull(ActionStatus.class, rs.getString(5)), null, null, null, null));
                }
            }
        }
        List<ActionSheet> late = ActionSheetRules.toFlagLate(candidates, today);
        for (ActionSheet s : late) {
            store.update("CPOM_ActionSheet", s.id(), JdbcRecordStore.columns("ActionStatus", ActionStatus.LATE));
        }
        return ProcessResult.of(MessageKeys.PROCESS_LATE_FLAGGED, late.size());
    }
}
