package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.contract.AxisRules;
import org.cpom.core.model.Axis;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Axis;
import org.cpom.persistence.ContractFacts;

/** CPOM_Axis: text rules and the contract's editability (one query for the contract). */
public final class AxisSaveRules implements SaveRules<I_CPOM_Axis> {

    @Override
    public String tableName() {
        return I_CPOM_Axis.Table_Name;
    }

    @Override
    public Class<I_CPOM_Axis> recordType() {
        return I_CPOM_Axis.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Axis record, Connection connection) throws SQLException {
        Axis axis = CoreMapping.axis(record);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, axis.contractId());
        }
        if (connection == null) {
            return ValidationResult.ok();
        }
        ValidationResult r = ContractFacts.query(connection, axis.contractId(), null, null,
                row -> AxisRules.validate(axis, row.contract()));
        return r != null ? r : ChildSupport.contractMissing(tableName(), axis.name());
    }
}
