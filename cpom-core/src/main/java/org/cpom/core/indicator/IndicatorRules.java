package org.cpom.core.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of CPOM_Indicator and CPOM_IndicatorValue. */
public final class IndicatorRules {

    private IndicatorRules() {
    }

    /**
     * @param actionSheetContractId contract of the indicator's action sheet, ignored when it has none
     */
    public static ValidationResult validate(Indicator i, Contract c, int actionSheetContractId) {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = i.label();
        b.add(ContractRules.checkChildEditable(c));
        b.add(TextRules.checkLength("CPOM_Indicator", "Name", i.name(), label));
        b.add(TextRules.checkLength("CPOM_Indicator", "Description", i.description(), label));
        b.add(TextRules.checkLength("CPOM_Indicator", "UnitName", i.unitName(), label));
        b.add(TextRules.checkMandatory("CPOM_Indicator", "Name", i.name(), label));
        if (i.actionSheetId() > 0 && actionSheetContractId != i.contractId()) {
            b.add(MessageKeys.INDICATOR_ACTION_OTHER_CONTRACT, "CPOM_ActionSheet_ID", label, c.label());
        }
        if (i.baselineYear() != null && c.dateFrom() != null && i.baselineYear() > ContractPeriod.firstYear(c)) {
            b.add(MessageKeys.INDICATOR_BASELINE_YEAR, "BaselineYear", label, i.baselineYear(),
                    ContractPeriod.firstYear(c));
        }
        return b.build();
    }

    /** A yearly value only for a year of the contract, once per year. */
    public static ValidationResult validateValue(IndicatorValue v, Indicator i, Contract c,
            Collection<IndicatorValue> otherValues) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(ContractRules.checkChildEditable(c));
        b.add(TextRules.checkLength("CPOM_IndicatorValue", "Comments", v.comments(), i.label()));
        if (c.dateFrom() != null && c.dateTo() != null && !ContractPeriod.containsYear(c, v.fiscalYear())) {
            b.add(MessageKeys.INDICATOR_YEAR_OUTSIDE, "FiscalYear", i.label(), v.fiscalYear(), c.label(),
                    ContractPeriod.firstYear(c), ContractPeriod.lastYear(c));
        }
        for (IndicatorValue other : otherValues) {
            if (other.id() != v.id() && other.fiscalYear() == v.fiscalYear()) {
                b.add(MessageKeys.INDICATOR_VALUE_DUPLICATE, "FiscalYear", i.label(), v.fiscalYear());
                break;
            }
        }
        return b.build();
    }

    /** Years of the contract for which an indicator has no target value. */
    public static List<Integer> yearsWithoutTarget(Contract c, Collection<IndicatorValue> values) {
        Set<Integer> withTarget = new HashSet<>();
        for (IndicatorValue v : values) {
            if (v.targetValue() != null) {
                withTarget.add(v.fiscalYear());
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int year : ContractPeriod.years(c)) {
            if (!withTarget.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** An active indicator has a target for every year of the contract (checked when the contract is signed). */
    public static ValidationResult checkTargets(Indicator i, Contract c, Collection<IndicatorValue> values) {
        if (!i.active()) {
            return ValidationResult.ok();
        }
        ValidationResult.Builder b = ValidationResult.builder();
        for (int year : yearsWithoutTarget(c, values)) {
            b.add(MessageKeys.INDICATOR_TARGET_MISSING, "TargetValue", i.label(), year);
        }
        return b.build();
    }
}
