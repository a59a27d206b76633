package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.model.Review;
import org.cpom.core.review.ReviewRules;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Review;
import org.cpom.persistence.ContractFacts;

/** CPOM_Review: year and kind against the contract period (one query for the contract). */
public final class ReviewSaveRules implements SaveRules<I_CPOM_Review> {

    @Override
    public String tableName() {
        return I_CPOM_Review.Table_Name;
    }

    @Override
    public Class<I_CPOM_Review> recordType() {
        return I_CPOM_Review.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Review record, Connection connection) throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Review review = CoreMapping.review(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, review.contractId());
        }
        ValidationResult own = codes.violations("#" + review.fiscalYear());
        if (connection == null) {
            return own;
        }
        ValidationResult r = ContractFacts.query(connection, review.contractId(), null, null,
                row -> ReviewRules.validate(review, row.contract()));
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), "#" + review.fiscalYear()));
    }
}
