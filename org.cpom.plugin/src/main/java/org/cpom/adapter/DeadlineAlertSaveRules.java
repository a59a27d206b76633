package org.cpom.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_DeadlineAlert;

/**
 * CPOM_DeadlineAlert: written by Send deadline alerts only (a read-only tab; every column but IsActive is not
 * updatable, so a PO refuses any change before the event). A new row needs its deadline and its recipient; the
 * unique index (deadline, recipient, lead days) is what makes a second run create nothing.
 */
public final class DeadlineAlertSaveRules implements SaveRules<I_CPOM_DeadlineAlert> {

    static final String SQL = "SELECT 1 FROM CPOM_Deadline d WHERE d.CPOM_Deadline_ID=?";

    @Override
    public String tableName() {
        return I_CPOM_DeadlineAlert.Table_Name;
    }

    @Override
    public Class<I_CPOM_DeadlineAlert> recordType() {
        return I_CPOM_DeadlineAlert.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_DeadlineAlert r, Connection connection) throws SQLException {
        if (type != SaveType.NEW) {
            return ValidationResult.ok();
        }
        String label = "#" + r.getCPOM_Deadline_ID() + " / " + r.getRecipient_User_ID() + " / " + r.getLeadDays();
        ValidationResult.Builder b = ValidationResult.builder();
        if (r.getRecipient_User_ID() <= 0) {
            b.add(mandatory(label, I_CPOM_DeadlineAlert.COLUMNNAME_Recipient_User_ID));
        }
        boolean deadline = r.getCPOM_Deadline_ID() > 0;
        if (deadline && connection != null) {
            try (PreparedStatement ps = connection.prepareStatement(SQL)) {
                ps.setInt(1, r.getCPOM_Deadline_ID());
                try (ResultSet rs = ps.executeQuery()) {
                    deadline = rs.next();
                }
            }
        }
        if (!deadline) {
            b.add(mandatory(label, I_CPOM_DeadlineAlert.COLUMNNAME_CPOM_Deadline_ID));
        }
        return b.build();
    }

    private static ValidationResult mandatory(String label, String column) {
        return ValidationResult.of(MessageKeys.FIELD_MANDATORY, column, Label.of(MessageKeys.RECORD_DEADLINE_ALERT),
                label, Label.field(column));
    }
}
