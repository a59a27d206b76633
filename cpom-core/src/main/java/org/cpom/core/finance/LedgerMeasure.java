package org.cpom.core.finance;

import org.cpom.core.rule.Coded;

/**
 * The values of the dictionary list CPOM_ComputedMeasure that come from the ledger, with their unit. The activity
 * measures of the same list (OCCR, REAL, ROTR) are not computed here.
 */
public enum LedgerMeasure implements Coded {
    /** Taux de CAF, percent of the produits. */
    CAF_RATE("CAFR", Unit.PERCENT),
    /** Taux de vétusté des constructions, percent. */
    BUILDINGS_WEAR("VETC", Unit.PERCENT),
    /** Taux de vétusté des équipements, percent. */
    EQUIPMENT_WEAR("VETE", Unit.PERCENT),
    /** Taux d'indépendance financière (emprunts ÷ financements stables), percent. */
    FINANCIAL_INDEPENDENCE("INDF", Unit.PERCENT),
    /** Apurement de la dette (capital repaid ÷ CAF), percent. */
    DEBT_REPAYMENT("APUR", Unit.PERCENT),
    /** Durée apparente de la dette (emprunts ÷ CAF), years. */
    APPARENT_DEBT_DURATION("DAPD", Unit.YEARS),
    /** Taux de couverture du BFR par la trésorerie, percent. */
    WORKING_CAPITAL_COVERAGE("CBFR", Unit.PERCENT),
    /** FRNG in days of charges courantes. */
    FRNG_DAYS("FRNJ", Unit.DAYS),
    /** Trésorerie in days of charges courantes. */
    CASH_DAYS("TREJ", Unit.DAYS),
    /** Taux d'atteinte des prévisions de recettes, percent. */
    REVENUE_ATTAINMENT("ATRP", Unit.PERCENT),
    /** Taux d'atteinte des prévisions de dépenses, percent. */
    EXPENSE_ATTAINMENT("ATDP", Unit.PERCENT);

    public enum Unit {
        PERCENT, DAYS, YEARS
    }

    private final String code;
    private final Unit unit;

    LedgerMeasure(String code, Unit unit) {
        this.code = code;
        this.unit = unit;
    }

    @Override
    public String code() {
        return code;
    }

    public Unit unit() {
        return unit;
    }

    /** The measure of a stored CPOM_ComputedMeasure code; null for null/blank and for the activity codes. */
    public static LedgerMeasure fromCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (LedgerMeasure m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        return null;
    }
}
