package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.model.Amendment;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Amendment;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_Amendment: only on a signed contract, effects within the rules (one query for the contract). An applied
 * amendment is history: its effects were checked when it was applied, against the contract as it was then.
 */
public final class AmendmentSaveRules implements SaveRules<I_CPOM_Amendment> {

    @Override
    public String tableName() {
        return I_CPOM_Amendment.Table_Name;
    }

    @Override
    public Class<I_CPOM_Amendment> recordType() {
        return I_CPOM_Amendment.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Amendment record, Connection connection)
            throws SQLException {
        Amendment a = CoreMapping.amendment(record);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, a.contractId());
        }
        if (connection == null) {
            return ValidationResult.ok();
        }
        ValidationResult r = ContractFacts.query(connection, a.contractId(), null, null,
                row -> AmendmentRules.validate(a, row.contract()));
        return r != null ? r : ChildSupport.contractMissing(tableName(), a.label());
    }
}
