package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.contract.ContractRules;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.cpom.persistence.ContractFacts;

/** Shared steps of the rules of records belonging to a contract. */
final class ChildSupport {

    private ChildSupport() {
    }

    /** The violation reported when the record's contract id names no contract. */
    static ValidationResult contractMissing(String table, String recordLabel) {
        return TextRules.mandatory(table, "CPOM_Contract_ID", recordLabel);
    }

    /** Delete of a child: only the parent's editability matters (one query). */
    static ValidationResult checkDelete(Connection connection, int contractId) throws SQLException {
        if (connection == null) {
            return ValidationResult.ok();
        }
        Contract c = ContractFacts.query(connection, contractId, null, null, ContractFacts.Row::contract);
        return c == null ? ValidationResult.ok() : ContractRules.checkChildEditable(c);
    }
}
