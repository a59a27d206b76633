package org.cpom.core.contract;

import org.cpom.core.model.Axis;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of CPOM_Axis (strategic axis). */
public final class AxisRules {

    private AxisRules() {
    }

    public static ValidationResult validate(Axis axis, Contract c) {
        String label = axis.name() == null || axis.name().isBlank() ? "n° " + axis.seqNo() : axis.name();
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(ContractRules.checkChildEditable(c));
        b.add(TextRules.checkLength("CPOM_Axis", "Name", axis.name(), label));
        b.add(TextRules.checkLength("CPOM_Axis", "Description", axis.description(), label));
        b.add(TextRules.checkMandatory("CPOM_Axis", "Name", axis.name(), label));
        return b.build();
    }
}
