package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.action.ActionSheetContext;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_ActionSheet;
import org.cpom.persistence.ContractFacts;

/** CPOM_ActionSheet: one query returns the contract, the axis's contract, the perimeter and the other numbers. */
public final class ActionSheetSaveRules implements SaveRules<I_CPOM_ActionSheet> {

    static final String EXTRAS = "COALESCE((SELECT a.CPOM_Contract_ID FROM CPOM_Axis a WHERE a.CPOM_Axis_ID=?), -1), "
            + ContractFacts.PERIMETER + ", "
            + "ARRAY(SELECT s.CPOM_ActionSheet_ID FROM CPOM_ActionSheet s WHERE s.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND s.CPOM_ActionSheet_ID<>? ORDER BY 1), "
            + "ARRAY(SELECT s.Value FROM CPOM_ActionSheet s WHERE s.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND s.CPOM_ActionSheet_ID<>? ORDER BY s.CPOM_ActionSheet_ID)";

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
            ps.setInt(2, sheet.id());
            ps.setInt(3, sheet.id());
            return 3;
        }, row -> {
            Object[] ids = (Object[]) row.rs().getArray(row.extra(4)).getArray();
            Object[] values = (Object[]) row.rs().getArray(row.extra(5)).getArray();
            List<ActionSheet> others = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                others.add(new ActionSheet(((Number) ids[k]).intValue(), sheet.contractId(), 0, (String) values[k],
                        null, null, null, 0, null, null, null, null, null, null, null, null));
            }
            return ActionSheetRules.validate(sheet, new ActionSheetContext(row.contract(),
                    row.rs().getInt(row.extra(1)), ContractFacts.intSet(row.rs(), row.extra(2))))
                    .and(ActionSheetRules.checkUniqueValue(sheet, row.contract(), others));
        });
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), sheet.label()));
    }
}
