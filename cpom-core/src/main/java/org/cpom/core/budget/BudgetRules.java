package org.cpom.core.budget;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetKey;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of CPOM_BudgetLine, for one line (event handler) or a batch (processes, imports). */
public final class BudgetRules {

    static final String TABLE = "CPOM_BudgetLine";

    private BudgetRules() {
    }

    /**
     * Rules of one line that need no other line: year within the period, establishment in the perimeter,
     * amount present and not negative, list values set, description length.
     *
     * @param perimeterEstablishmentIds establishments of the contract's perimeter
     * @param establishmentLabels       id → name for messages (ids missing from it are shown as #id)
     */
    public static ValidationResult validate(BudgetLine line, Contract c, Set<Integer> perimeterEstablishmentIds,
            Map<Integer, String> establishmentLabels) {
        ValidationResult.Builder b = ValidationResult.builder();
        String est = label(line.establishmentId(), establishmentLabels);
        String record = c.label() + " / " + est + " / " + line.fiscalYear();
        if (line.funder() == null) {
            b.add(TextRules.mandatory(TABLE, "Funder", record));
        }
        if (line.functionalGroup() == null) {
            b.add(TextRules.mandatory(TABLE, "FunctionalGroup", record));
        }
        if (line.budgetSection() == null) {
            b.add(TextRules.mandatory(TABLE, "BudgetSection", record));
        }
        if (line.amount() == null) {
            b.add(TextRules.mandatory(TABLE, "Amount", record));
        } else if (line.amount().signum() < 0) {
            b.add(MessageKeys.BUDGET_AMOUNT_NEGATIVE, "Amount", c.label(), est, line.fiscalYear(), line.amount());
        }
        b.add(TextRules.checkLength(TABLE, "Description", line.description(), record));
        if (c.dateFrom() != null && c.dateTo() != null && !ContractPeriod.containsYear(c, line.fiscalYear())) {
            b.add(MessageKeys.BUDGET_YEAR_OUTSIDE, "FiscalYear", c.label(), line.fiscalYear(),
                    ContractPeriod.firstYear(c), ContractPeriod.lastYear(c));
        }
        if (!perimeterEstablishmentIds.contains(line.establishmentId())) {
            b.add(MessageKeys.BUDGET_ESTABLISHMENT_OUTSIDE_PERIMETER, "CPOM_Establishment_ID", c.label(), est);
        }
        return b.build();
    }

    /**
     * Validates a batch of lines of one contract: every line's own rules, the contract's editability, and
     * uniqueness of (contract, establishment, year, funder, group, section) within the batch and against
     * {@code existing} lines (already stored, not part of the batch). One hash map pass: O(n).
     */
    public static ValidationResult validateBatch(Contract c, Set<Integer> perimeterEstablishmentIds,
            Map<Integer, String> establishmentLabels, Collection<BudgetLine> batch, Collection<BudgetLine> existing) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(ContractRules.checkChildEditable(c));
        Map<BudgetKey, Integer> seen = new HashMap<>((existing.size() + batch.size()) * 2);
        for (BudgetLine line : existing) {
            seen.put(line.key(), line.id());
        }
        for (BudgetLine line : batch) {
            b.add(validate(line, c, perimeterEstablishmentIds, establishmentLabels));
            Integer previous = seen.putIfAbsent(line.key(), line.id());
            // the same stored line re-validated (same non-zero id) is not a duplicate of itself
            if (previous != null && (previous != line.id() || line.id() == 0)) {
                b.add(duplicate(c, line, establishmentLabels));
            }
        }
        return b.build();
    }

    /** TRE_R66 category code of an ESAT (établissement et service d'aide par le travail). */
    public static final String ESAT_CATEGORY = "246";

    /**
     * An ESAT keeps two budgets (R344-9 to R344-11 CASF): social activity (BPAS) and production and sales (BAPC);
     * its lines must use one of them, and no other establishment may use them.
     *
     * @param finessCategoryValue CPOM_FinessCategory.Value of the line's establishment (TRE_R66 code), may be null
     */
    public static ValidationResult checkSection(BudgetLine line, Contract c, String finessCategoryValue) {
        if (line.budgetSection() == null) {
            return ValidationResult.ok();
        }
        boolean esat = ESAT_CATEGORY.equals(finessCategoryValue);
        boolean esatSection = line.budgetSection() == org.cpom.core.model.BudgetSection.ESAT_SOCIAL
                || line.budgetSection() == org.cpom.core.model.BudgetSection.ESAT_COMMERCIAL;
        if (esat != esatSection) {
            return ValidationResult.of(MessageKeys.BUDGET_ESAT_SECTION, "BudgetSection", c.label(),
                    line.budgetSection());
        }
        return ValidationResult.ok();
    }

    /** The single-line uniqueness check against the contract's other lines (event handler). */
    public static ValidationResult checkUnique(BudgetLine line, Contract c, Collection<BudgetLine> otherLines,
            Map<Integer, String> establishmentLabels) {
        BudgetKey key = line.key();
        for (BudgetLine other : otherLines) {
            if ((other.id() != line.id() || line.id() == 0) && other.key().equals(key)) {
                return ValidationResult.of(duplicate(c, line, establishmentLabels));
            }
        }
        return ValidationResult.ok();
    }

    private static org.cpom.core.rule.Violation duplicate(Contract c, BudgetLine line, Map<Integer, String> labels) {
        return org.cpom.core.rule.Violation.of(MessageKeys.BUDGET_DUPLICATE, "FiscalYear", c.label(),
                label(line.establishmentId(), labels), line.fiscalYear(), line.funder(), line.functionalGroup(),
                line.budgetSection());
    }

    static String label(int id, Map<Integer, String> labels) {
        String l = labels == null ? null : labels.get(id);
        return l == null ? "#" + id : TextRules.shorten(l);
    }
}
