package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpom.adapter.CoreMapping;
import org.cpom.core.budget.BudgetGenerator;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Payer;
import org.cpom.core.model.Funder;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_GenerateBudgetYears: from the base year's lines and a growth rate, creates the missing lines of the other
 * contract years (computation in the core's BudgetGenerator); each new line is saved through the store, so it is
 * checked like a hand-entered one.
 */
public final class BudgetYearsService {

    static final String LINES_SQL = "SELECT b.CPOM_BudgetLine_ID, b.CPOM_Establishment_ID, b.FiscalYear, b.Funder, "
            + "b.FunctionalGroup, b.BudgetSection, b.Amount, b.Description, b.AD_Org_ID, b.Payer FROM CPOM_BudgetLine b "
            + "WHERE b.CPOM_Contract_ID=? AND b.IsActive='Y' ORDER BY b.CPOM_BudgetLine_ID";

    private final Connection connection;
    private final RecordStore store;

    public BudgetYearsService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    public ProcessResult generate(int contractId, int baseYear, BigDecimal growthRatePercent) throws SQLException {
        Contract c = ContractSql.load(connection, contractId).orElseThrow(
                () -> new SQLException("No CPOM_Contract record with id " + contractId));
        List<BudgetLine> existing = new ArrayList<>();
        java.util.Map<Integer, Integer> orgOfEstablishment = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(LINES_SQL)) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(new BudgetLine(rs.getInt(1), contractId, rs.getInt(2), rs.getInt(3),
                            CoreMapping.decodeOrNull(Funder.class, rs.getString(4)),
                            CoreMapping.decodeOrNull(FunctionalGroup.class, rs.getString(5)),
                            CoreMapping.decodeOrNull(BudgetSection.class, rs.getString(6)), rs.getBigDecimal(7),
                            rs.getString(8), CoreMapping.decodeOrNull(Payer.class, rs.getString(10))));
                    orgOfEstablishment.putIfAbsent(rs.getInt(2), rs.getInt(9));
                }
            }
        }
        BudgetGenerator.Result result = BudgetGenerator.generate(c, baseYear, growthRatePercent, existing);
        for (BudgetLine line : result.created()) {
            store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("AD_Org_ID",
                    orgOfEstablishment.getOrDefault(line.establishmentId(), 0), "CPOM_Contract_ID", contractId,
                    "CPOM_Establishment_ID", line.establishmentId(), "FiscalYear", line.fiscalYear(), "Payer",
                    line.payer(), "Funder", line.funder(), "FunctionalGroup", line.functionalGroup(), "BudgetSection", line.budgetSection(),
                    "Amount", line.amount(), "Description", line.description()));
        }
        return ProcessResult.of(MessageKeys.PROCESS_BUDGET_LINES_CREATED, result.created().size(), c.label(),
                result.alreadyExisting());
    }
}
