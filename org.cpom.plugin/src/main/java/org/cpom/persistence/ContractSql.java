package org.cpom.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.LegalBasis;

/** The contract header columns as one SELECT fragment, so a lookup can fetch the contract with its other facts. */
public final class ContractSql {

    /** Column list of alias {@code c}; {@link #COLUMN_COUNT} columns read back by {@link #read}. */
    public static final String COLUMNS = "c.CPOM_Contract_ID, c.AD_Client_ID, c.DocumentNo, c.Name, c.Description, "
            + "c.LegalBasis, c.ManagingBody_BPartner_ID, c.ARS_BPartner_ID, c.Departement_BPartner_ID, c.DateFrom, "
            + "c.DateTo, c.DateSigned, c.IsExtended, c.TotalAmt, c.C_Currency_ID, c.SharedDiagnosis, c.DocStatus, c.State_BPartner_ID";
    public static final int COLUMN_COUNT = 18;

    private ContractSql() {
    }

    /** Reads the {@link #COLUMNS} starting at column {@code first} (1-based); null when the id column is null. */
    public static Contract read(ResultSet rs, int first) throws SQLException {
        int i = first;
        int id = rs.getInt(i++);
        if (rs.wasNull()) {
            return null;
        }
        return new Contract(id, rs.getInt(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                CoreMapping.decodeOrNull(LegalBasis.class, rs.getString(i++)), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i++), Dates.toLocalDate(rs.getTimestamp(i++)), Dates.toLocalDate(rs.getTimestamp(i++)),
                Dates.toLocalDate(rs.getTimestamp(i++)), "Y".equals(rs.getString(i++)), rs.getBigDecimal(i++),
                rs.getInt(i++), rs.getString(i++), CoreMapping.decodeOrNull(DocStatus.class, rs.getString(i++)),
                rs.getInt(i));
    }

    /** Loads one contract (one query). */
    public static Optional<Contract> load(Connection con, int contractId) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "SELECT " + COLUMNS + " FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(read(rs, 1)) : Optional.empty();
            }
        }
    }

    /** A stand-in contract for a record whose contract id points nowhere, so rules still name something. */
    public static Contract missing(int contractId) {
        return new Contract(contractId, 0, null, null, null, null, 0, 0, 0, null, null, null, false, null, 0, null,
                DocStatus.DRAFTED);
    }
}
