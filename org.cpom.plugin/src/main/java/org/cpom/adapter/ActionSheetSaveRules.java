package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.action.ActionSheetContext;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_ActionSheet;
import org.cpom.persistence.ContractFacts;

/** CPOM_ActionSheet: one query returns the contract, the axis's contract and the perimeter. */
public final class ActionSheetSaveRules implements SaveRules<I_CPOM_ActionSheet> {

    static final String EXTRAS = "COALESCE((SELECT a.CPOM_Contract_ID FROM CPOM_Axis a WHERE a.CPOM_Axis_ID=?), -1), "
            + ContractFacts.PERIMETER;

    @Override
    public String tableName() {
        return I_CPOM_ActionSheet.Table_Name;
    }

    @Override
    public Class<I_CPOM_ActionSheet> recordType() {
        return I_CPOM_ActionSheet.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_ActionSheet record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        ActionSheet sheet = CoreMapping.actionSheet(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, sheet.contractId());
        }
        ValidationResult own = codes.violations(sheet.label());
        if (connection == null) {
            return own;
        }
        ValidationResult r = ContractFacts.query(connection, sheet.contractId(), EXTRAS, ps -> {
            ps.setInt(1, sheet.axisId());
            return 1;
        }, row -> ActionSheetRules.validate(sheet, new ActionSheetContext(row.contract(),
                row.rs().getInt(row.extra(1)), ContractFacts.intSet(row.rs(), row.extra(2)))));
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), sheet.label()));
    }
}
