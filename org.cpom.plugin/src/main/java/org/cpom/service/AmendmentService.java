package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.amendment.AmendmentContext;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.persistence.ContractCommitment;
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
            + "a.AmtChange, a.Processed, a.DateApplied, a.PrevDateTo, a.PrevTotalAmt, " + ContractSql.COLUMNS + ", "
            + "a.IsProrogation, " + ContractCommitment.LINES + ", "
            + "ARRAY(SELECT ARRAY[v.FiscalYear::text, v.TargetValue::text] FROM CPOM_IndicatorValue v "
            + "JOIN CPOM_Indicator i ON i.CPOM_Indicator_ID=v.CPOM_Indicator_ID WHERE i.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND i.IsActive='Y' AND v.IsActive='Y' AND v.TargetValue IS NOT NULL), "
            + "ARRAY(SELECT ARRAY[r.FiscalYear::text, r.ReviewKind::text] FROM CPOM_Review r "
            + "WHERE r.CPOM_Contract_ID=c.CPOM_Contract_ID AND r.IsActive='Y')"
            + " FROM CPOM_Amendment a JOIN CPOM_Contract c ON c.CPOM_Contract_ID=a.CPOM_Contract_ID "
            + "WHERE a.CPOM_Amendment_ID=?";

    private final Connection connection;
    private final RecordStore store;

    public AmendmentService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** A two-dimensional text array column as rows (none for SQL NULL). */
    private static List<Object[]> rows(ResultSet rs, int column) throws SQLException {
        java.sql.Array arr = rs.getArray(column);
        List<Object[]> rows = new ArrayList<>();
        if (arr != null) {
            for (Object row : (Object[]) arr.getArray()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    public ProcessResult apply(int amendmentId, LocalDate today) throws SQLException {
        Amendment a;
        Contract c;
        List<BudgetLine> lines;
        List<IndicatorValue> targets = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, amendmentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No CPOM_Amendment record with id " + amendmentId);
                }
                a = new Amendment(amendmentId, rs.getInt(1), rs.getInt(2), Dates.toLocalDate(rs.getTimestamp(3)),
                        rs.getString(4), Dates.toLocalDate(rs.getTimestamp(5)), rs.getBigDecimal(6),
                        "Y".equals(rs.getString(7)), Dates.toLocalDate(rs.getTimestamp(8)),
                        Dates.toLocalDate(rs.getTimestamp(9)), rs.getBigDecimal(10),
                        "Y".equals(rs.getString(11 + ContractSql.COLUMN_COUNT)));
                c = ContractSql.read(rs, 11);
                int next = 12 + ContractSql.COLUMN_COUNT;
                lines = ContractCommitment.lines(rs, next, c.id());
                for (Object[] v : rows(rs, next + 1)) {
                    targets.add(new IndicatorValue(0, 0, Integer.parseInt((String) v[0]), new BigDecimal((String) v[1]),
                            null, null));
                }
                for (Object[] r : rows(rs, next + 2)) {
                    reviews.add(new Review(0, c.id(), Integer.parseInt((String) r[0]),
                            CoreMapping.decodeOrNull(ReviewKind.class, (String) r[1]), null, null));
                }
            }
        }
        // the avenant's budget changes are already entered: its effects must agree with the lines as they stand
        AmendmentRules.Application applied = AmendmentRules.apply(a, c, today,
                new AmendmentContext(lines, targets, reviews));
        Amendment done = applied.amendment();
        store.update("CPOM_Amendment", amendmentId, JdbcRecordStore.columns("Processed", true, "DateApplied",
                done.dateApplied(), "PrevDateTo", done.prevDateTo(), "PrevTotalAmt", done.prevTotalAmt()));
        Contract amended = applied.contract();
        Map<String, Object> header = new LinkedHashMap<>(ContractCommitment.columns(
                CommitmentCalculator.compute(amended, lines)));
        header.put("TotalAmt", amended.totalAmt()); // equal to the commitment: checked by AmendmentRules above
        header.put("DateTo", amended.dateTo());
        header.put("IsExtended", amended.extended());
        store.update("CPOM_Contract", c.id(), header);
        return ProcessResult.of(MessageKeys.PROCESS_AMENDMENT_APPLIED, a.label(), c.label(), c.dateTo(),
                amended.dateTo(), c.totalAmt(), amended.totalAmt());
    }
}
