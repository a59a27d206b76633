package org.cpom.adapter;

import org.cpom.core.finance.LedgerMeasure;
import org.cpom.core.rule.Coded;

/**
 * The dictionary list CPOM_ComputedMeasure (CPOM_Indicator.ComputedMeasure): the ledger measures the core computes
 * from the books ({@link LedgerMeasure}) and the activity measures computed from CPOM_Activity.
 */
public enum ComputedMeasure implements Coded {
    CAF_RATE(LedgerMeasure.CAF_RATE),
    BUILDINGS_WEAR(LedgerMeasure.BUILDINGS_WEAR),
    EQUIPMENT_WEAR(LedgerMeasure.EQUIPMENT_WEAR),
    FINANCIAL_INDEPENDENCE(LedgerMeasure.FINANCIAL_INDEPENDENCE),
    DEBT_REPAYMENT(LedgerMeasure.DEBT_REPAYMENT),
    APPARENT_DEBT_DURATION(LedgerMeasure.APPARENT_DEBT_DURATION),
    WORKING_CAPITAL_COVERAGE(LedgerMeasure.WORKING_CAPITAL_COVERAGE),
    FRNG_DAYS(LedgerMeasure.FRNG_DAYS),
    CASH_DAYS(LedgerMeasure.CASH_DAYS),
    REVENUE_ATTAINMENT(LedgerMeasure.REVENUE_ATTAINMENT),
    EXPENSE_ATTAINMENT(LedgerMeasure.EXPENSE_ATTAINMENT),
    /** Taux d'occupation (journées ÷ places × jours d'ouverture). */
    OCCUPANCY_RATE("OCCR"),
    /** Taux de réalisation de l'activité (réalisé ÷ cible). */
    ACTIVITY_RATE("REAL"),
    /** Taux de rotation (entrées ÷ places). */
    TURNOVER_RATE("ROTR");

    private final String code;
    private final LedgerMeasure ledger;

    ComputedMeasure(LedgerMeasure ledger) {
        this.code = ledger.code();
        this.ledger = ledger;
    }

    ComputedMeasure(String code) {
        this.code = code;
        this.ledger = null;
    }

    @Override
    public String code() {
        return code;
    }

    /** The core measure of a ledger code; null for an activity measure. */
    public LedgerMeasure ledger() {
        return ledger;
    }

    /** True when the measure is read from the books (it then needs an organisation to read). */
    public boolean isLedger() {
        return ledger != null;
    }
}
