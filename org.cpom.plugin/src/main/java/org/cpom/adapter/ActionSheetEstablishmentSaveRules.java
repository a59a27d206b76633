package org.cpom.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.cpom.model.I_CPOM_ActionSheetEstablishment;
import org.cpom.persistence.ContractFacts;
import org.cpom.persistence.ContractSql;

/** CPOM_ActionSheetEstablishment: the establishment must be in the sheet's contract perimeter (one query). */
public final class ActionSheetEstablishmentSaveRules implements SaveRules<I_CPOM_ActionSheetEstablishment> {

    static final String SQL = "SELECT " + ContractSql.COLUMNS + ", s.Value, "
            + "(SELECT e.Name FROM CPOM_Establishment e WHERE e.CPOM_Establishment_ID=?), " + ContractFacts.PERIMETER
            + " FROM CPOM_ActionSheet s JOIN CPOM_Contract c ON c.CPOM_Contract_ID=s.CPOM_Contract_ID "
            + "WHERE s.CPOM_ActionSheet_ID=?";

    @Override
    public String tableName() {
        return I_CPOM_ActionSheetEstablishment.Table_Name;
    }

    @Override
    public Class<I_CPOM_ActionSheetEstablishment> recordType() {
        return I_CPOM_ActionSheetEstablishment.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_ActionSheetEstablishment record, Connection connection)
            throws SQLException {
        if (connection == null) {
            return ValidationResult.ok();
        }
        int establishmentId = record.getCPOM_Establishment_ID();
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, establishmentId);
            ps.setInt(2, record.getCPOM_ActionSheet_ID());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return TextRules.mandatory("CPOM_ActionSheet", "CPOM_ActionSheet_ID",
                            "#" + record.getCPOM_ActionSheet_ID());
                }
                Contract c = ContractSql.read(rs, 1);
                int n = ContractSql.COLUMN_COUNT;
                ActionSheet sheet = new ActionSheet(record.getCPOM_ActionSheet_ID(), c.id(), 0, rs.getString(n + 1),
                        null, null, null, 0, null, null, null, null, null, null, null, null);
                ValidationResult editable = ContractRules.checkChildEditable(c);
                if (type == SaveType.DELETE) {
                    return editable;
                }
                String name = rs.getString(n + 2);
                return editable.and(ActionSheetRules.checkEstablishmentConcerned(sheet, c, establishmentId,
                        name == null ? "#" + establishmentId : name, ContractFacts.intSet(rs, n + 3)));
            }
        }
    }
}
