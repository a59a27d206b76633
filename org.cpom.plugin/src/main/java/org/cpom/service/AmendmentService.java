package org.cpom.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.cpom.adapter.Dates;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Contract;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_ApplyAmendment: the core applies the amendment; the amendment is saved first (Processed, DateApplied and
 * the previous values), then the contract, whose save rules accept the locked-column change because that applied
 * amendment explains it exactly.
 */
public final class AmendmentService {

    static final String SQL = "SELECT a.CPOM_Contract_ID, a.AmendmentNo, a.DateDoc, a.Description, a.NewDateTo, "
            + "a.AmtChange, a.Processed, a.DateApplied, a.PrevDateTo, a.PrevTotalAmt, " + ContractSql.COLUMNS
            + " FROM CPOM_Amendment a JOIN CPOM_Contract c ON c.CPOM_Contract_ID=a.CPOM_Contract_ID "
            + "WHERE a.CPOM_Amendment_ID=?";

    private final Connection connection;
    private final RecordStore store;

    public AmendmentService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    public ProcessResult apply(int amendmentId, LocalDate today) throws SQLException {
        Amendment a;
        Contract c;
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, amendmentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No CPOM_Amendment record with id " + amendmentId);
                }
                a = new Amendment(amendmentId, rs.getInt(1), rs.getInt(2), Dates.toLocalDate(rs.getTimestamp(3)),
                        rs.getString(4), Dates.toLocalDate(rs.getTimestamp(5)), rs.getBigDecimal(6),
                        "Y".equals(rs.getString(7)), Dates.toLocalDate(rs.getTimestamp(8)),
                        Dates.toLocalDate(rs.getTimestamp(9)), rs.getBigDecimal(10));
                c = ContractSql.read(rs, 11);
            }
        }
        AmendmentRules.Application applied = AmendmentRules.apply(a, c, today);
        Amendment done = applied.amendment();
        store.update("CPOM_Amendment", amendmentId, JdbcRecordStore.columns("Processed", true, "DateApplied",
                done.dateApplied(), "PrevDateTo", done.prevDateTo(), "PrevTotalAmt", done.prevTotalAmt()));
        Contract amended = applied.contract();
        store.update("CPOM_Contract", c.id(), JdbcRecordStore.columns("DateTo", amended.dateTo(), "TotalAmt",
                amended.totalAmt()));
        return ProcessResult.of(MessageKeys.PROCESS_AMENDMENT_APPLIED, a.label(), c.label(), c.dateTo(),
                amended.dateTo(), c.totalAmt(), amended.totalAmt());
    }
}
