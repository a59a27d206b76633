package org.cpom.core.model;

import java.math.BigDecimal;

/** CPOM_BudgetLine: one amount per contract × establishment × year × funder × group × section. */
public record BudgetLine(
        int id,
        int contractId,
        int establishmentId,
        int fiscalYear,
        Funder funder,
        FunctionalGroup functionalGroup,
        BudgetSection budgetSection,
        BigDecimal amount,
        String description) {

    /** The unique key of the line (the DB unique constraint). */
    public BudgetKey key() {
        return new BudgetKey(contractId, establishmentId, fiscalYear, funder, functionalGroup, budgetSection);
    }

    public BudgetLine withAmount(BigDecimal newAmount) {
        return new BudgetLine(id, contractId, establishmentId, fiscalYear, funder, functionalGroup, budgetSection,
                newAmount, description);
    }
}
