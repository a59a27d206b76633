package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cpom.adapter.CoreMapping;
import org.cpom.core.finance.EstablishmentRef;
import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Funder;
import org.cpom.core.model.Payer;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.LedgerQuery;

/**
 * What the statements of one contract read, loaded once: the contract, its perimeter (establishment, the
 * organisation keeping its books, name), its budget lines and the posted ledger of the client up to a year, by
 * organisation × account × year through the ledger query layer ({@link LedgerQuery}). The year's flows and the
 * closing balances of any year are then cut from those rows in memory, so a contract costs one ledger query
 * whatever the number of years and indicators.
 */
final class ContractBooks {

    private final Contract contract;
    private final List<EstablishmentRef> perimeter;
    private final List<BudgetLine> budgetLines;
    private final List<LedgerQuery.Row> ledger;

    private ContractBooks(Contract contract, List<EstablishmentRef> perimeter, List<BudgetLine> budgetLines,
            List<LedgerQuery.Row> ledger) {
        this.contract = contract;
        this.perimeter = List.copyOf(perimeter);
        this.budgetLines = List.copyOf(budgetLines);
        this.ledger = List.copyOf(ledger);
    }

    /** The contract's header, or null when no contract of that id exists. */
    static Contract contract(Connection connection, int contractId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + ContractSql.COLUMNS + " FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ContractSql.read(rs, 1) : null;
            }
        }
    }

    /**
     * Loads the books of a contract.
     *
     * @param acctSchemaId the accounting schema, 0 for the client's primary one
     * @param lastYear     the last year of the ledger read (every earlier year is read too: closing balances)
     */
    static ContractBooks load(Connection connection, Contract contract, int acctSchemaId, int lastYear)
            throws SQLException {
        List<EstablishmentRef> perimeter = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT e.CPOM_Establishment_ID, e.AD_Org_ID, e.Name FROM CPOM_ContractEstablishment ce "
                        + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID "
                        + "WHERE ce.CPOM_Contract_ID=? AND ce.IsActive='Y' ORDER BY e.CPOM_Establishment_ID")) {
            ps.setInt(1, contract.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perimeter.add(new EstablishmentRef(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                }
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT CPOM_BudgetLine_ID, CPOM_Establishment_ID, FiscalYear, Funder, FunctionalGroup, "
                        + "BudgetSection, Amount, Payer FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                        + "AND IsActive='Y' ORDER BY CPOM_BudgetLine_ID")) {
            ps.setInt(1, contract.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new BudgetLine(rs.getInt(1), contract.id(), rs.getInt(2), rs.getInt(3),
                            CoreMapping.decodeOrNull(Funder.class, rs.getString(4)),
                            CoreMapping.decodeOrNull(FunctionalGroup.class, rs.getString(5)),
                            CoreMapping.decodeOrNull(BudgetSection.class, rs.getString(6)), rs.getBigDecimal(7),
                            null, CoreMapping.decodeOrNull(Payer.class, rs.getString(8))));
                }
            }
        }
        // every class and every year up to lastYear: the closing balances of cpom-core's analysis include the
        // résultats not yet closed into 12 (classes 6 and 7), so they are cut from the same rows in memory
        List<LedgerQuery.Row> ledger = LedgerQuery.of(connection, contract.clientId(), acctSchemaId)
                .flows(null, lastYear, null);
        return new ContractBooks(contract, perimeter, lines, ledger);
    }

    Contract contract() {
        return contract;
    }

    List<EstablishmentRef> perimeter() {
        return perimeter;
    }

    List<BudgetLine> budgetLines() {
        return budgetLines;
    }

    /** The organisations keeping the books of the perimeter's establishments. */
    Set<Integer> perimeterOrgs() {
        return perimeter.stream().filter(EstablishmentRef::hasOrg).map(EstablishmentRef::orgId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The last year with postings in the rows read, 0 when none. */
    int lastPostedYear() {
        return ledger.stream().mapToInt(LedgerQuery.Row::fiscalYear).max().orElse(0);
    }

    /** Dr/Cr of the year per organisation × account, of the given organisations (null = every organisation). */
    List<LedgerBalance> flows(int year, Collection<Integer> orgs) {
        List<LedgerBalance> out = new ArrayList<>();
        for (LedgerQuery.Row r : ledger) {
            if (r.fiscalYear() == year && (orgs == null || orgs.contains(r.orgId()))) {
                out.add(r.balance());
            }
        }
        return out;
    }

    /** Cumulative Dr/Cr up to the end of the year per organisation × account, of the given organisations. */
    List<LedgerBalance> closing(int year, Collection<Integer> orgs) {
        Map<String, LedgerBalance> sums = new LinkedHashMap<>();
        for (LedgerQuery.Row r : ledger) {
            if (r.fiscalYear() <= year && (orgs == null || orgs.contains(r.orgId()))) {
                LedgerBalance b = r.balance();
                sums.merge(b.orgId() + "|" + b.account(), b, (x, y) -> new LedgerBalance(x.orgId(), x.account(),
                        x.group(), x.section(), x.debit().add(y.debit()), x.credit().add(y.credit())));
            }
        }
        return new ArrayList<>(sums.values());
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
