package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.Indicator;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Indicator;
import org.cpom.persistence.ContractFacts;

/** CPOM_Indicator: one query returns the contract and the contract of the indicator's action sheet. */
public final class IndicatorSaveRules implements SaveRules<I_CPOM_Indicator> {

    static final String EXTRAS =
            "COALESCE((SELECT s.CPOM_Contract_ID FROM CPOM_ActionSheet s WHERE s.CPOM_ActionSheet_ID=?), -1)";

    @Override
    public String tableName() {
        return I_CPOM_Indicator.Table_Name;
    }

    @Override
    public Class<I_CPOM_Indicator> recordType() {
        return I_CPOM_Indicator.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Indicator record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Indicator indicator = CoreMapping.indicator(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, indicator.contractId());
        }
        ValidationResult own = codes.violations(indicator.label());
        if (connection == null) {
            return own;
        }
        ValidationResult r = ContractFacts.query(connection, indicator.contractId(), EXTRAS, ps -> {
            ps.setInt(1, indicator.actionSheetId());
            return 1;
        }, row -> IndicatorRules.validate(indicator, row.contract(), row.rs().getInt(row.extra(1))));
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), indicator.label()));
    }
}
