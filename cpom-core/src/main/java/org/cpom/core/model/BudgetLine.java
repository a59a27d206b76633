package org.cpom.core.model;

import java.math.BigDecimal;

/**
 * CPOM_BudgetLine: one amount per contract × establishment × year × payer × group × section.
 *
 * <p>{@code payer} says who pays (and which authority commits the line); {@code funder} is the legacy coarse
 * value it determines. A line built with a payer and no funder gets {@code payer.funder()}; a legacy line built
 * with a funder and no payer is read with {@code funder.defaultPayer()}. Both given but inconsistent is kept as
 * is, so {@code BudgetRules.validate} can reject it.
 */
public record BudgetLine(
        int id,
        int contractId,
        int establishmentId,
        int fiscalYear,
        Funder funder,
        FunctionalGroup functionalGroup,
        BudgetSection budgetSection,
        BigDecimal amount,
        String description,
        Payer payer) {

    public BudgetLine {
        if (funder == null && payer != null) {
            funder = payer.funder();
        } else if (payer == null && funder != null) {
            payer = funder.defaultPayer();
        }
    }

    /** A legacy line without payer: the payer is the funder's default ({@link Funder#defaultPayer()}). */
    public BudgetLine(int id, int contractId, int establishmentId, int fiscalYear, Funder funder,
            FunctionalGroup functionalGroup, BudgetSection budgetSection, BigDecimal amount, String description) {
        this(id, contractId, establishmentId, fiscalYear, funder, functionalGroup, budgetSection, amount, description,
                null);
    }

    /** A line given by its payer (the funder follows from it). */
    public static BudgetLine of(int id, int contractId, int establishmentId, int fiscalYear, Payer payer,
            FunctionalGroup functionalGroup, BudgetSection budgetSection, BigDecimal amount, String description) {
        return new BudgetLine(id, contractId, establishmentId, fiscalYear, null, functionalGroup, budgetSection,
                amount, description, payer);
    }

    /** The unique key of the line (the DB unique constraint). */
    public BudgetKey key() {
        return new BudgetKey(contractId, establishmentId, fiscalYear, payer, functionalGroup, budgetSection);
    }

    /** True for produits (income) lines. */
    public boolean isIncome() {
        return functionalGroup != null && !functionalGroup.isCharge();
    }

    public BudgetLine withAmount(BigDecimal newAmount) {
        return new BudgetLine(id, contractId, establishmentId, fiscalYear, funder, functionalGroup, budgetSection,
                newAmount, description, payer);
    }

    public BudgetLine withYear(int newFiscalYear) {
        return new BudgetLine(0, contractId, establishmentId, newFiscalYear, funder, functionalGroup, budgetSection,
                amount, description, payer);
    }
}
