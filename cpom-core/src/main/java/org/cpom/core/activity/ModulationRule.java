package org.cpom.core.activity;

import org.cpom.core.rule.Coded;

/**
 * CPOM_Contract.ModulationRule (list CPOM_ModulationRule): how the contract cuts the dotation when activity falls
 * below the threshold. Rates and thresholds are percentages; formulas and sources in docs/activity-modulation.md.
 */
public enum ModulationRule implements Coded {
    /** No activity modulation in the contract. */
    NONE("N"),
    /**
     * Shortfall points: the cut is half the shortfall in points, {@code dotation × (threshold − rate) ÷ 2 ÷ 100}
     * (R314-160 3° and R314-174 3° CASF, the EHPAD forfaits).
     */
    SHORTFALL_POINTS("S"),
    /**
     * Pro rata of the objective: the cut is half the relative shortfall against the objective,
     * {@code dotation × (1 − rate ÷ threshold) ÷ 2} (the ceiling of R314-43-2 III CASF: half the difference between
     * the contract's activity objective and the activity delivered).
     */
    PRO_RATA("P");

    private final String code;

    ModulationRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static ModulationRule fromCode(String code) {
        return Coded.fromCode(ModulationRule.class, code);
    }
}
