package org.cpom.adapter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.DocStatusRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Contract;
import org.cpom.persistence.ContractSql;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractDocumentSteps.CompletionFacts;

/**
 * CPOM_Contract header: field rules on every save; on change, the stored row (read before the write, in the same
 * transaction) gives the previous status and locked values. A locked column of a signed contract may change only
 * when an applied amendment of this contract explains the change exactly (its PrevDateTo/PrevTotalAmt are the
 * stored values and its effects give the new ones): that is how ApplyAmendment's write is told apart from a user
 * edit without any shared state.
 */
public final class ContractSaveRules implements SaveRules<I_CPOM_Contract> {

    static final String BEFORE_COLUMNS = ContractSql.COLUMNS + ", EXISTS (SELECT 1 FROM CPOM_Amendment a "
            + "WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID AND a.Processed='Y' "
            + "AND a.PrevDateTo IS NOT DISTINCT FROM c.DateTo AND a.PrevTotalAmt IS NOT DISTINCT FROM c.TotalAmt "
            + "AND COALESCE(a.NewDateTo, c.DateTo) IS NOT DISTINCT FROM ? "
            + "AND COALESCE(c.TotalAmt,0) + COALESCE(a.AmtChange,0) = COALESCE(?,0))";

    /** The stored row and the amendment flag. */
    static final String BEFORE_SQL = "SELECT " + BEFORE_COLUMNS + " FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?";

    /** Same, with the signature facts joined on every row: used when the save makes the contract signed. */
    static final String BEFORE_AND_SIGNATURE_SQL = "SELECT " + BEFORE_COLUMNS + ", f.* FROM CPOM_Contract c "
            + "LEFT JOIN (" + ContractDocumentSteps.COMPLETION_SQL + ") f ON TRUE WHERE c.CPOM_Contract_ID=?";

    @Override
    public String tableName() {
        return I_CPOM_Contract.Table_Name;
    }

    @Override
    public Class<I_CPOM_Contract> recordType() {
        return I_CPOM_Contract.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Contract record, Connection connection) throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Contract after = CoreMapping.contract(record, codes);
        if (type == SaveType.DELETE) {
            return ContractRules.checkDelete(after);
        }
        ValidationResult own = codes.violations(after.label()).and(ContractRules.validate(after));
        if (type == SaveType.NEW) {
            DocStatus status = after.docStatus() == null ? DocStatus.DRAFTED : after.docStatus();
            // a contract is born a draft: it reaches other statuses only through the document engine
            if (status != DocStatus.DRAFTED) {
                own = own.and(ValidationResult.of(MessageKeys.DOC_STATUS_TRANSITION, "DocStatus", after.label(),
                        DocStatusRules.label(DocStatus.DRAFTED), DocStatusRules.label(status)));
            }
            return own;
        }
        if (connection == null) {
            return own;
        }
        Contract before;
        boolean byAmendment;
        // a save that makes the contract signed must satisfy the signature rules: the document engine's own save
        // does (completeIt checked them), a direct status write is held to the same facts, in the same query
        boolean signing = after.docStatus() == DocStatus.COMPLETED;
        CompletionFacts facts = signing ? new CompletionFacts(after.id()) : null;
        try (PreparedStatement ps = connection.prepareStatement(signing ? BEFORE_AND_SIGNATURE_SQL : BEFORE_SQL)) {
            int i = 1;
            ps.setTimestamp(i++, record.getDateTo());
            BigDecimal total = record.getTotalAmt();
            ps.setBigDecimal(i++, total);
            if (signing) {
                for (int k = 0; k < 4; k++) {
                    ps.setInt(i++, after.id());
                }
            }
            ps.setInt(i, after.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return own;
                }
                before = ContractSql.read(rs, 1);
                byAmendment = rs.getBoolean(ContractSql.COLUMN_COUNT + 1);
                if (signing) {
                    do {
                        facts.add(rs, ContractSql.COLUMN_COUNT + 2);
                    } while (rs.next());
                }
            }
        }
        if (signing && before.docStatus() != DocStatus.COMPLETED) {
            own = own.and(facts.check(after));
        }
        ValidationResult.Builder b = ValidationResult.builder().add(own);
        b.add(ContractRules.checkHeaderChange(before, after, byAmendment));
        if (before.docStatus() != after.docStatus()) {
            if ((before.docStatus() == DocStatus.DRAFTED || before.docStatus() == DocStatus.INVALID)
                    && after.docStatus() == DocStatus.COMPLETED) {
                // DocumentEngine completes a draft with prepareIt then completeIt and saves once: DR→IP→CO
                b.add(DocStatusRules.checkTransition(after, before.docStatus(), DocStatus.IN_PROGRESS));
                b.add(DocStatusRules.checkTransition(after, DocStatus.IN_PROGRESS, DocStatus.COMPLETED));
            } else {
                b.add(DocStatusRules.checkTransition(after, before.docStatus(), after.docStatus()));
            }
        }
        return b.build();
    }
}
