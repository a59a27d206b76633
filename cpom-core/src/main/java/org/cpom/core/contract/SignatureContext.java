package org.cpom.core.contract;

import java.util.Collection;
import java.util.List;

import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.PerimeterMember;

/**
 * What the signature (completion) rules need about a contract: its perimeter with categories, tariff authorities
 * and membership dates, its number of axes and all its budget lines (with their payers).
 */
public record SignatureContext(Contract contract, List<PerimeterMember> perimeter, int axisCount,
        List<BudgetLine> budgetLines) {

    public SignatureContext(Contract contract, Collection<PerimeterMember> perimeter, int axisCount,
            Collection<BudgetLine> budgetLines) {
        this(contract, List.copyOf(perimeter), axisCount, List.copyOf(budgetLines));
    }
}
