package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.finance.AssetCategory;
import org.cpom.core.finance.PlannedInvestment;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Investment;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_Investment: the core's rules of a planned investment (amounts not negative, loan + subsidy within the
 * amount, depreciation years, loan years when there is a loan), then one query for the contract and, when the
 * investment is an establishment's, its name and membership of the perimeter (DateJoined, DateLeft): the year is a
 * year of the contract and one in which the establishment is in the perimeter.
 */
public final class InvestmentSaveRules implements SaveRules<I_CPOM_Investment> {

    static final String EXTRAS = "(SELECT e.Name FROM CPOM_Establishment e WHERE e.CPOM_Establishment_ID=?), "
            + "EXISTS(SELECT 1 FROM CPOM_ContractEstablishment ce WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "AND (ce.DateJoined IS NULL OR EXTRACT(YEAR FROM ce.DateJoined)<=?) "
            + "AND (ce.DateLeft IS NULL OR EXTRACT(YEAR FROM ce.DateLeft)>=?))";

    @Override
    public String tableName() {
        return I_CPOM_Investment.Table_Name;
    }

    @Override
    public Class<I_CPOM_Investment> recordType() {
        return I_CPOM_Investment.class;
    }

    /** The record as the core's value. */
    public static PlannedInvestment investment(I_CPOM_Investment r, ListCodes codes) {
        return new PlannedInvestment(r.getCPOM_Investment_ID(), r.getCPOM_Contract_ID(), r.getCPOM_Establishment_ID(),
                r.getFiscalYear(), codes.decode(AssetCategory.class, I_CPOM_Investment.COLUMNNAME_AssetCategory,
                        r.getAssetCategory()),
                r.getName(), r.getAmount(), r.getUseLifeYears(), r.getLoanAmt(), r.getLoanYears(), r.getSubsidyAmt());
    }

    /** SelfFinancedAmt of an investment, as the core computes it (null amounts read as 0). */
    public static java.math.BigDecimal selfFinanced(java.math.BigDecimal amount, java.math.BigDecimal loan,
            java.math.BigDecimal subsidy) {
        return new PlannedInvestment(0, 0, 0, 0, null, null, amount, 0, loan, 0, subsidy).selfFinanced();
    }

    /** The check, and SelfFinancedAmt (read-only) set from the amounts when it passes. */
    @Override
    public SaveOutcome checkAndDerive(SaveType type, I_CPOM_Investment record, Connection connection, int userId)
            throws SQLException {
        ValidationResult result = check(type, record, connection);
        if (type == SaveType.DELETE) {
            return new SaveOutcome(result, java.util.Map.of());
        }
        return new SaveOutcome(result, java.util.Map.of(I_CPOM_Investment.COLUMNNAME_SelfFinancedAmt,
                selfFinanced(record.getAmount(), record.getLoanAmt(), record.getSubsidyAmt())));
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Investment record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        PlannedInvestment investment = investment(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, investment.contractId());
        }
        String label = investment.name() == null || investment.name().isBlank() ? "n° " + investment.id()
                : investment.name();
        ValidationResult own = codes.violations(label).and(investment.validate());
        if (connection == null) {
            return own;
        }
        int establishmentId = investment.establishmentId();
        int year = investment.fiscalYear();
        ValidationResult r = ContractFacts.query(connection, investment.contractId(), EXTRAS, ps -> {
            ps.setInt(1, establishmentId);
            ps.setInt(2, establishmentId);
            ps.setInt(3, year);
            ps.setInt(4, year);
            return 4;
        }, row -> {
            var c = row.contract();
            ValidationResult.Builder b = ValidationResult.builder();
            b.add(ContractRules.checkChildEditable(c));
            boolean yearInContract = c.dateFrom() == null || c.dateTo() == null || ContractPeriod.containsYear(c, year);
            if (!yearInContract) {
                b.add(MessageKeys.INVESTMENT_YEAR_OUTSIDE, "FiscalYear", label, year, c.label(),
                        ContractPeriod.firstYear(c), ContractPeriod.lastYear(c));
            }
            if (establishmentId > 0 && !row.rs().getBoolean(row.extra(2))) {
                String name = row.rs().getString(row.extra(1));
                b.add(MessageKeys.INVESTMENT_ESTABLISHMENT_OUTSIDE, "CPOM_Establishment_ID", label,
                        name == null ? "n° " + establishmentId : name, c.label(), year);
            }
            return b.build();
        });
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), label));
    }
}
