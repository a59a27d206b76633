package org.cpom.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

import org.cpom.core.contract.ContractKindRules;
import org.cpom.core.establishment.EstablishmentFacts;
import org.cpom.core.establishment.EstablishmentLookup;
import org.cpom.core.establishment.EstablishmentRules;
import org.cpom.core.model.Establishment;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Establishment;

/** CPOM_Establishment: FINESS, capacities, département (no lookup), then uniqueness and organisation (one query). */
public final class EstablishmentSaveRules implements SaveRules<I_CPOM_Establishment> {

    /** All lookup facts of one save in one round trip. */
    static final String FACTS_SQL = "SELECT "
            + "(SELECT e.Name FROM CPOM_Establishment e WHERE e.AD_Client_ID=? AND e.FINESS_EG=? "
            + "AND e.CPOM_Establishment_ID<>? LIMIT 1), "
            + "(SELECT e.Name FROM CPOM_Establishment e WHERE e.AD_Org_ID=? AND e.CPOM_Establishment_ID<>? LIMIT 1), "
            + "COALESCE((SELECT o.AD_Client_ID FROM AD_Org o WHERE o.AD_Org_ID=?), -1), "
            + "(SELECT fc.Value FROM CPOM_FinessCategory fc WHERE fc.CPOM_FinessCategory_ID=?)";

    static final String SIGNED_CONTRACT_SQL = "SELECT COALESCE(c.DocumentNo, c.Name) FROM CPOM_ContractEstablishment ce "
            + "JOIN CPOM_Contract c ON c.CPOM_Contract_ID=ce.CPOM_Contract_ID "
            + "WHERE ce.CPOM_Establishment_ID=? AND c.DocStatus IN ('CO','CL') ORDER BY c.DateFrom LIMIT 1";

    private final Function<Connection, EstablishmentLookup> lookups;

    /** Lookups answered by JDBC on the saving transaction's connection. */
    public EstablishmentSaveRules() {
        this(JdbcLookup::new);
    }

    /** Lookups answered by the given port (tests mock it). */
    public EstablishmentSaveRules(Function<Connection, EstablishmentLookup> lookups) {
        this.lookups = lookups;
    }

    @Override
    public String tableName() {
        return I_CPOM_Establishment.Table_Name;
    }

    @Override
    public Class<I_CPOM_Establishment> recordType() {
        return I_CPOM_Establishment.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Establishment record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Establishment e = CoreMapping.establishment(record, codes);
        if (type == SaveType.DELETE) {
            return connection == null ? ValidationResult.ok()
                    : EstablishmentRules.checkDelete(e, lookups.apply(connection));
        }
        // rules without lookup first: a record already invalid on its own costs no query
        ValidationResult own = codes.violations(e.label()).and(EstablishmentRules.validate(e));
        if (own.hasErrors() || connection == null) {
            return own;
        }
        EstablishmentLookup lookup = lookups.apply(connection);
        ValidationResult result = EstablishmentRules.validate(e, lookup);
        if (lookup instanceof JdbcLookup jdbc && jdbc.categoryValue != null) {
            // an SSIAD is tariffed by the ARS alone; an EHPAD not under joint tariff is a warning
            result = result.and(ContractKindRules.checkTariffAuthority(jdbc.categoryValue, e.tariffAuthority(),
                    e.label()));
        }
        return result;
    }

    /** The core's lookup port answered by JDBC: one query per question. */
    public static final class JdbcLookup implements EstablishmentLookup {
        private final Connection connection;
        /** The FINESS category code (TRE_R66) read by the same query as the facts; null before or when none. */
        private String categoryValue;

        public JdbcLookup(Connection connection) {
            this.connection = connection;
        }

        @Override
        public EstablishmentFacts factsFor(Establishment e) {
            try (PreparedStatement ps = connection.prepareStatement(FACTS_SQL)) {
                ps.setInt(1, e.clientId());
                ps.setString(2, e.finessEG());
                ps.setInt(3, e.id());
                ps.setInt(4, e.orgId());
                ps.setInt(5, e.id());
                ps.setInt(6, e.orgId());
                ps.setInt(7, e.finessCategoryId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    categoryValue = rs.getString(4);
                    return new EstablishmentFacts(rs.getString(1), rs.getString(2), rs.getInt(3));
                }
            } catch (SQLException ex) {
                throw new LookupException(ex);
            }
        }

        @Override
        public Optional<String> signedContractContaining(int establishmentId) {
            try (PreparedStatement ps = connection.prepareStatement(SIGNED_CONTRACT_SQL)) {
                ps.setInt(1, establishmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException ex) {
                throw new LookupException(ex);
            }
        }
    }
}
