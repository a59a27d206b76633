package org.cpom.core.model;

/**
 * Unique key of a budget line: (CPOM_Contract_ID, CPOM_Establishment_ID, FiscalYear, Payer, FunctionalGroup,
 * BudgetSection). The payer, not the coarser funder, is in the key, so the département can fund both the
 * dépendance (APA) and the hébergement (aide sociale) of one EHPAD in one year, and residents and the
 * département can both pay hébergement.
 */
public record BudgetKey(int contractId, int establishmentId, int fiscalYear, Payer payer,
        FunctionalGroup functionalGroup, BudgetSection budgetSection) {

    /** The legacy funder of the key's payer. */
    public Funder funder() {
        return payer == null ? null : payer.funder();
    }

    public BudgetKey withYear(int year) {
        return new BudgetKey(contractId, establishmentId, year, payer, functionalGroup, budgetSection);
    }
}
