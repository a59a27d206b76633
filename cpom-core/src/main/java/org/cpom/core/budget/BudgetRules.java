package org.cpom.core.budget;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetKey;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.Payer;
import org.cpom.core.model.PerimeterMember;
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
        Object est = label(line.establishmentId(), establishmentLabels);
        String record = c.label() + " / " + (est instanceof String name ? name : line.establishmentId()) + " / "
                + line.fiscalYear();
        if (line.funder() == null) {
            b.add(TextRules.mandatory(TABLE, "Funder", record));
        }
        if (line.payer() != null && line.funder() != null && line.payer().funder() != line.funder()) {
            b.add(MessageKeys.BUDGET_PAYER_FUNDER_MISMATCH, "Payer", c.label(), est, line.fiscalYear(), line.payer(),
                    line.funder());
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
                label(line.establishmentId(), labels), line.fiscalYear(), line.payer(), line.functionalGroup(),
                line.budgetSection());
    }

    /** The establishment's name for messages; an unnamed one renders "(no name, id 103)", never "#103". */
    static Object label(int id, Map<Integer, String> labels) {
        String l = labels == null ? null : labels.get(id);
        return l == null || l.isBlank() ? org.cpom.core.contract.ContractRules.unnamed(id) : TextRules.shorten(l);
    }

    /**
     * Section and payer rules of one line for its establishment's category (TRE_R66 code, may be null), the
     * successor of {@link #checkSection}:
     * <ul>
     * <li>an ESAT uses BPAS or BAPC only, and only an ESAT uses them (R344-9 to R344-11 CASF);</li>
     * <li>an EHPAD uses the sections of its ternary tariff (soins, dépendance, hébergement) and only an EHPAD
     * uses them (ternary tariff, decree 2016-1814);</li>
     * <li>soins are paid by assurance maladie, never by the département; dépendance and hébergement are never
     * paid by assurance maladie; a BAPC (production and sales) gets no assurance maladie money;</li>
     * <li>the aide au poste is the State's ESAT aid: only for an ESAT, and expected in the BAPC (warning
     * elsewhere);</li>
     * <li>a State dotation on a BPAS is a warning: since 2017 assurance maladie pays the BPAS dotation.</li>
     * </ul>
     */
    public static ValidationResult checkSectionAndPayer(BudgetLine line, Contract c, String finessCategoryValue,
            String establishmentLabel) {
        BudgetSection section = line.budgetSection();
        Payer payer = line.payer();
        if (section == null) {
            return ValidationResult.ok();
        }
        ValidationResult.Builder b = ValidationResult.builder();
        EsmsCategory.Family family = EsmsCategory.familyOf(finessCategoryValue);
        boolean esat = EsmsCategory.ESAT.equals(finessCategoryValue == null ? null : finessCategoryValue.strip());
        boolean ehpad = family == EsmsCategory.Family.EHPAD;
        String est = establishmentLabel == null ? "-" : TextRules.shorten(establishmentLabel);
        if (esat != section.isEsat()) {
            b.add(MessageKeys.BUDGET_ESAT_SECTION, "BudgetSection", c.label(), section);
        } else if (ehpad != section.isEhpad()) {
            b.add(MessageKeys.BUDGET_EHPAD_SECTION, "BudgetSection", c.label(), est, section);
        }
        if (payer == null) {
            return b.build();
        }
        if (section == BudgetSection.EHPAD_CARE && payer.isDepartement()) {
            b.add(MessageKeys.BUDGET_PAYER_SECTION, "Payer", c.label(), est, line.fiscalYear(), payer, section);
        }
        if ((section == BudgetSection.EHPAD_DEPENDENCY || section == BudgetSection.EHPAD_ACCOMMODATION
                || section == BudgetSection.ESAT_COMMERCIAL) && payer == Payer.ASSURANCE_MALADIE) {
            b.add(MessageKeys.BUDGET_PAYER_SECTION, "Payer", c.label(), est, line.fiscalYear(), payer, section);
        }
        if (payer == Payer.STATE_AIDE_AU_POSTE && !esat) {
            b.add(MessageKeys.BUDGET_AIDE_AU_POSTE_NOT_ESAT, "Payer", c.label(), est, line.fiscalYear());
        } else if (payer == Payer.STATE_AIDE_AU_POSTE && section != BudgetSection.ESAT_COMMERCIAL) {
            b.warn(MessageKeys.BUDGET_AIDE_AU_POSTE_SECTION, "BudgetSection", c.label(), est, line.fiscalYear(),
                    section);
        }
        if (payer == Payer.STATE && section == BudgetSection.ESAT_SOCIAL && line.isIncome()) {
            b.warn(MessageKeys.BUDGET_BPAS_STATE_SINCE_2017, "Payer", c.label(), est, line.fiscalYear());
        }
        return b.build();
    }

    /**
     * A line's year must be a year its establishment is in the perimeter (DateJoined/DateLeft), not only a year of
     * the contract: a service that left in 2027 has no 2028 budget.
     */
    public static ValidationResult checkMembershipYear(BudgetLine line, Contract c, PerimeterMember member) {
        if (member == null || c.dateFrom() == null || c.dateTo() == null
                || !org.cpom.core.contract.ContractPeriod.containsYear(c, line.fiscalYear())) {
            return ValidationResult.ok(); // outside the contract: BUDGET_YEAR_OUTSIDE says it
        }
        List<Integer> years = org.cpom.core.contract.ContractRules.membershipYears(c, member.dateJoined(),
                member.dateLeft());
        if (!years.contains(line.fiscalYear())) {
            return ValidationResult.of(MessageKeys.BUDGET_YEAR_OUTSIDE_MEMBERSHIP, "FiscalYear", c.label(),
                    member.label(), line.fiscalYear(), member.dateJoined() == null ? c.dateFrom() : member.dateJoined(),
                    member.dateLeft() == null ? c.dateTo() : member.dateLeft());
        }
        return ValidationResult.ok();
    }
}
