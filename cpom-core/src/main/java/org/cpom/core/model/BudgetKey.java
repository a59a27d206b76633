package org.cpom.core.model;

/** Unique key of a budget line: (CPOM_Contract_ID, CPOM_Establishment_ID, FiscalYear, Funder, FunctionalGroup, BudgetSection). */
public record BudgetKey(int contractId, int establishmentId, int fiscalYear, Funder funder,
        FunctionalGroup functionalGroup, BudgetSection budgetSection) {

    public BudgetKey withYear(int year) {
        return new BudgetKey(contractId, establishmentId, year, funder, functionalGroup, budgetSection);
    }
}
