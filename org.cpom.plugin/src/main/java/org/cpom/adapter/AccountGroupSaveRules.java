package org.cpom.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_AccountGroup;

/**
 * CPOM_AccountGroup: prefix syntax and class, budget section in its list (no lookup), then one query for a
 * duplicate prefix of the client.
 */
public final class AccountGroupSaveRules implements SaveRules<I_CPOM_AccountGroup> {

    static final String DUPLICATE_SQL = "SELECT 1 FROM CPOM_AccountGroup g WHERE g.AD_Client_ID=? "
            + "AND g.AccountPrefix=? AND g.CPOM_AccountGroup_ID<>? LIMIT 1";

    @Override
    public String tableName() {
        return I_CPOM_AccountGroup.Table_Name;
    }

    @Override
    public Class<I_CPOM_AccountGroup> recordType() {
        return I_CPOM_AccountGroup.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_AccountGroup record, Connection connection)
            throws SQLException {
        if (type == SaveType.DELETE) {
            return ValidationResult.ok();
        }
        ListCodes codes = new ListCodes(tableName());
        FunctionalGroup group = codes.decode(FunctionalGroup.class, I_CPOM_AccountGroup.COLUMNNAME_FunctionalGroup,
                record.getFunctionalGroup());
        AccountGroupMapping mapping = new AccountGroupMapping(record.getAccountPrefix(), group,
                record.getDescription());
        String prefix = record.getAccountPrefix() == null ? "" : record.getAccountPrefix();
        // optional: empty = the main budget (cpom_account_map reads it so); a code outside its list is refused
        String section = record.getBudgetSection();
        if (section != null && !section.isBlank()) {
            codes.decode(BudgetSection.class, I_CPOM_AccountGroup.COLUMNNAME_BudgetSection, section);
        }
        ValidationResult own = codes.violations(prefix).and(AccountGroupMapper.validate(mapping));
        if (own.hasErrors() || connection == null) {
            return own;
        }
        try (PreparedStatement ps = connection.prepareStatement(DUPLICATE_SQL)) {
            ps.setInt(1, record.getAD_Client_ID());
            ps.setString(2, prefix);
            ps.setInt(3, record.getCPOM_AccountGroup_ID());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ValidationResult.of(MessageKeys.ACCOUNT_PREFIX_DUPLICATE, "AccountPrefix", prefix)
                        : ValidationResult.ok();
            }
        }
    }
}
