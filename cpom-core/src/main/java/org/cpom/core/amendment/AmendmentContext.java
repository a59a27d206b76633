package org.cpom.core.amendment;

import java.util.Collection;
import java.util.List;

import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.Review;

/**
 * The contract's records an amendment's effects are checked against: its budget lines as they will stand once
 * the amendment is applied (the avenant's budget changes already entered), its indicator values (targets) and
 * its reviews.
 */
public record AmendmentContext(List<BudgetLine> budgetLines, List<IndicatorValue> indicatorValues,
        List<Review> reviews) {

    public AmendmentContext(Collection<BudgetLine> budgetLines, Collection<IndicatorValue> indicatorValues,
            Collection<Review> reviews) {
        this(List.copyOf(budgetLines), List.copyOf(indicatorValues), List.copyOf(reviews));
    }
}
