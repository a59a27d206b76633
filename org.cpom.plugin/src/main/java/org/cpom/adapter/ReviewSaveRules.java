package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.review.ReviewRules;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Review;
import org.cpom.persistence.ContractFacts;

/** CPOM_Review: year and kind against the contract period, one review per kind (per year for annual
 * ones); one query returns the contract and its other reviews. */
public final class ReviewSaveRules implements SaveRules<I_CPOM_Review> {

    /** The contract's other reviews: ids, kinds and years. */
    static final String OTHERS = "ARRAY(SELECT r.CPOM_Review_ID FROM CPOM_Review r "
            + "WHERE r.CPOM_Contract_ID=c.CPOM_Contract_ID AND r.CPOM_Review_ID<>? ORDER BY 1), "
            + "ARRAY(SELECT r.ReviewKind FROM CPOM_Review r "
            + "WHERE r.CPOM_Contract_ID=c.CPOM_Contract_ID AND r.CPOM_Review_ID<>? ORDER BY r.CPOM_Review_ID), "
            + "ARRAY(SELECT COALESCE(r.FiscalYear,0) FROM CPOM_Review r "
            + "WHERE r.CPOM_Contract_ID=c.CPOM_Contract_ID AND r.CPOM_Review_ID<>? ORDER BY r.CPOM_Review_ID)";

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
        ValidationResult r = ContractFacts.query(connection, review.contractId(), OTHERS, ps -> {
            for (int k = 1; k <= 3; k++) {
                ps.setInt(k, review.id());
            }
            return 3;
        }, row -> {
            Object[] ids = (Object[]) row.rs().getArray(row.extra(1)).getArray();
            Object[] kinds = (Object[]) row.rs().getArray(row.extra(2)).getArray();
            Object[] years = (Object[]) row.rs().getArray(row.extra(3)).getArray();
            List<Review> others = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                others.add(new Review(((Number) ids[k]).intValue(), review.contractId(),
                        ((Number) years[k]).intValue(), CoreMapping.decodeOrNull(ReviewKind.class, (String) kinds[k]),
                        null, null));
            }
            return ReviewRules.validate(review, row.contract())
                    .and(ReviewRules.checkUnique(review, row.contract(), others));
        });
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), "#" + review.fiscalYear()));
    }
}
