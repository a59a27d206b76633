package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.model.Amendment;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Amendment;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_Amendment: only on a signed contract, effects within the rules, number unique (one query: contract and
 * the other amendments). An applied
 * amendment is history: its effects were checked when it was applied, against the contract as it was then.
 */
public final class AmendmentSaveRules implements SaveRules<I_CPOM_Amendment> {

    /** The contract's other amendments: ids and numbers. */
    static final String OTHERS = "ARRAY(SELECT a.CPOM_Amendment_ID FROM CPOM_Amendment a "
            + "WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID AND a.CPOM_Amendment_ID<>? ORDER BY 1), "
            + "ARRAY(SELECT COALESCE(a.AmendmentNo,0) FROM CPOM_Amendment a "
            + "WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID AND a.CPOM_Amendment_ID<>? ORDER BY a.CPOM_Amendment_ID)";

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
        ValidationResult r = ContractFacts.query(connection, a.contractId(), OTHERS, ps -> {
            ps.setInt(1, a.id());
            ps.setInt(2, a.id());
            return 2;
        }, row -> {
            Object[] ids = (Object[]) row.rs().getArray(row.extra(1)).getArray();
            Object[] nos = (Object[]) row.rs().getArray(row.extra(2)).getArray();
            List<Amendment> others = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                others.add(new Amendment(((Number) ids[k]).intValue(), a.contractId(), ((Number) nos[k]).intValue(),
                        null, null, null, null, false, null, null, null));
            }
            return AmendmentRules.validate(a, row.contract())
                    .and(AmendmentRules.checkUniqueNo(a, row.contract(), others));
        });
        return r != null ? r : ChildSupport.contractMissing(tableName(), a.label());
    }
}
