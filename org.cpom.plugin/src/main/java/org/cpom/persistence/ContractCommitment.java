package org.cpom.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpom.adapter.CoreMapping;
import org.cpom.core.contract.Commitment;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Payer;

/**
 * The contract's TotalAmt and per-authority commitments (ARSCommitmentAmt, DepartementCommitmentAmt,
 * StateCommitmentAmt) computed from its budget lines by the core ({@link CommitmentCalculator}). Used by
 * {@code MCpomBudgetLine.afterSave/afterDelete} and by {@link JdbcRecordStore} after a budget line write, so both
 * paths keep the header the same way. While the contract is open (DR, IP, IN) the header follows the lines; once
 * signed it changes only through ApplyAmendment, which writes {@link #columns} of the amended lines, and the
 * signature checks TotalAmt against the lines. Written with one UPDATE, like iDempiere's own document lines update
 * their header's totals (the values are computed, not entered, so no rule applies to them).
 */
public final class ContractCommitment {

    /**
     * The contract's active budget lines as text rows (payer, funder, group, section, amount, establishment, year):
     * what the commitment and an amendment's shortening rule need.
     */
    public static final String LINES = "ARRAY(SELECT ARRAY[b.Payer::text, b.Funder::text, b.FunctionalGroup::text, "
            + "b.BudgetSection::text, b.Amount::text, b.CPOM_Establishment_ID::text, b.FiscalYear::text] FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND b.IsActive='Y' ORDER BY b.CPOM_BudgetLine_ID)";

    static final String UPDATE_SQL = "UPDATE CPOM_Contract SET TotalAmt=?, ARSCommitmentAmt=?, "
            + "DepartementCommitmentAmt=?, StateCommitmentAmt=? WHERE CPOM_Contract_ID=? AND DocStatus IN ('DR','IP','IN') "
            + "AND (TotalAmt IS DISTINCT FROM ? OR ARSCommitmentAmt IS DISTINCT FROM ? "
            + "OR DepartementCommitmentAmt IS DISTINCT FROM ? OR StateCommitmentAmt IS DISTINCT FROM ?)";

    private ContractCommitment() {
    }

    /** The header columns a commitment sets: TotalAmt and the three per-authority amounts. */
    public static Map<String, Object> columns(Commitment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("TotalAmt", c.total());
        m.put("ARSCommitmentAmt", c.of(Authority.ARS));
        m.put("DepartementCommitmentAmt", c.of(Authority.DEPARTEMENT));
        m.put("StateCommitmentAmt", c.of(Authority.STATE));
        return m;
    }

    /** Budget lines read from the {@link #LINES} array column. */
    public static List<BudgetLine> lines(ResultSet rs, int column, int contractId) throws SQLException {
        List<BudgetLine> lines = new ArrayList<>();
        Array a = rs.getArray(column);
        if (a == null) {
            return lines;
        }
        for (Object row : (Object[]) a.getArray()) {
            Object[] r = (Object[]) row;
            lines.add(new BudgetLine(0, contractId, Integer.parseInt((String) r[5]), Integer.parseInt((String) r[6]),
                    CoreMapping.decodeOrNull(Funder.class, (String) r[1]),
                    CoreMapping.decodeOrNull(FunctionalGroup.class, (String) r[2]),
                    CoreMapping.decodeOrNull(BudgetSection.class, (String) r[3]),
                    r[4] == null ? null : new BigDecimal((String) r[4]), null,
                    CoreMapping.decodeOrNull(Payer.class, (String) r[0])));
        }
        return lines;
    }

    /**
     * Recomputes the header of an open contract from its lines (one SELECT, at most one UPDATE); a signed,
     * closed or voided contract is left as it is. Returns the commitment, or null when the contract does not
     * exist or is not open.
     */
    public static Commitment refresh(Connection connection, int contractId) throws SQLException {
        Commitment commitment = ContractFacts.query(connection, contractId, LINES, null, row -> {
            Contract c = row.contract();
            DocStatus s = c.docStatus() == null ? DocStatus.DRAFTED : c.docStatus();
            if (s != DocStatus.DRAFTED && s != DocStatus.IN_PROGRESS && s != DocStatus.INVALID) {
                return null;
            }
            return CommitmentCalculator.compute(c, lines(row.rs(), row.extra(1), contractId));
        });
        if (commitment == null) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement(UPDATE_SQL)) {
            List<Object> values = new ArrayList<>(columns(commitment).values());
            int i = 1;
            for (Object v : values) {
                ps.setBigDecimal(i++, (BigDecimal) v);
            }
            ps.setInt(i++, contractId);
            for (Object v : values) {
                ps.setBigDecimal(i++, (BigDecimal) v);
            }
            ps.executeUpdate();
        }
        return commitment;
    }

    /** The commitment of a contract's lines as they stand (one query), whatever its status. */
    public static Commitment compute(Connection connection, int contractId) throws SQLException {
        return ContractFacts.query(connection, contractId, LINES, null,
                row -> CommitmentCalculator.compute(row.contract(), lines(row.rs(), row.extra(1), contractId)));
    }

}
