package org.cpom.core.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;

/**
 * The dotation at risk of one establishment for one year when its activity falls below the threshold. Sources,
 * formulas and worked examples in docs/activity-modulation.md:
 * <ul>
 * <li>an EHPAD under IV ter L313-12 is modulated by law (R314-160 for the forfait global soins, R314-174 for the
 * forfait global dépendance): rule {@link ModulationRule#SHORTFALL_POINTS} with the threshold of the arrêtés of 4
 * and 28 September 2017, {@link #EHPAD_THRESHOLD} % (from 2024 for every EHPAD), whatever the contract's rule;</li>
 * <li>an EHPAD in any other contract is outside R314-43-2 (which covers IV ter for the other establishments and
 * L313-12-2): no risk;</li>
 * <li>every other establishment follows the contract's rule (R314-43-2 for IV ter and L313-12-2 contracts,
 * L313-11-2 for CHRS, a clause of an L313-11 contract) and threshold, the activity row's threshold overriding it;
 * {@link #DEFAULT_THRESHOLD} when neither is set.</li>
 * </ul>
 * The rate compared with the threshold is the taux d'occupation when the activity is counted in journées and the
 * occupancy can be computed, else the taux de réalisation (activity ÷ target). Before the year's actual is known,
 * the projection of the activity to date is used ({@link ActivityFigures#projected()}).
 */
public final class ModulationRisk {

    /** Threshold of the EHPAD forfaits (arrêtés of 4 and 28 September 2017): 95 % occupancy of permanent places. */
    public static final BigDecimal EHPAD_THRESHOLD = new BigDecimal("95");
    /** Threshold used when neither the contract nor the activity row sets one: the EHPAD value, the only one the
     * regulations fix (R314-43-2 leaves it to the contract). */
    public static final BigDecimal DEFAULT_THRESHOLD = EHPAD_THRESHOLD;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int PCT_SCALE = 4;

    /** Why an assessment carries no amount. */
    public enum Outcome {
        /** Activity below the threshold: {@link Assessment#amountAtRisk()} is positive (or 0 without a dotation). */
        AT_RISK,
        /** Activity at or above the threshold. */
        ABOVE_THRESHOLD,
        /** The contract's rule is N (none). */
        NO_RULE,
        /** An EHPAD outside an IV ter L313-12 contract: R314-43-2 does not apply to it. */
        EHPAD_EXCLUDED,
        /** No actual, no activity to date, or nothing to compare (no capacity, no target). */
        NO_ACTIVITY
    }

    /**
     * The assessment of one establishment-year.
     *
     * @param rule          the rule applied (SHORTFALL_POINTS for an EHPAD under IV ter)
     * @param threshold     the threshold used, percent
     * @param rate          the rate compared with it, percent (occupancy or realisation), null without activity
     * @param occupancy     true when {@code rate} is the taux d'occupation, false for the taux de réalisation
     * @param projected     true when the rate comes from the projection of the activity to date
     * @param modulationPct the share of the dotation cut, percent with 4 decimals (0 when not at risk)
     * @param dotation      the dotation the cut applies to (null when unknown)
     * @param amountAtRisk  dotation × modulationPct ÷ 100, 2 decimals half-up; 0 when not at risk or no dotation
     */
    public record Assessment(int establishmentId, String establishmentName, int fiscalYear, Outcome outcome,
            ModulationRule rule, BigDecimal threshold, BigDecimal rate, boolean occupancy, boolean projected,
            BigDecimal modulationPct, BigDecimal dotation, BigDecimal amountAtRisk) {

        /** True when the activity is below the threshold and money is at stake. */
        public boolean atRisk() {
            return outcome == Outcome.AT_RISK && amountAtRisk.signum() > 0;
        }
    }

    private ModulationRisk() {
    }

    /**
     * Assesses one activity row.
     *
     * @param basis             the contract's legal basis
     * @param contractRule      CPOM_Contract.ModulationRule (null = N)
     * @param contractThreshold CPOM_Contract.ModulationThreshold, percent (null = {@link #DEFAULT_THRESHOLD})
     * @param member            the establishment (its FINESS category tells an EHPAD)
     * @param activity          the activity row (its threshold overrides the contract's; its DotationAmt, when
     *                          set, overrides {@code budgetDotation})
     * @param budgetDotation    the dotation from the budget (P1 of the establishment and year), null when none
     */
    public static Assessment assess(LegalBasis basis, ModulationRule contractRule, BigDecimal contractThreshold,
            PerimeterMember member, ActivityRecord activity, BigDecimal budgetDotation) {
        ActivityFigures figures = OccupancyCalculator.compute(activity);
        boolean ehpad = member.family() == EsmsCategory.Family.EHPAD;
        ModulationRule rule;
        BigDecimal threshold;
        if (ehpad) {
            if (basis != LegalBasis.L313_12_IV_TER) {
                return none(member, activity, Outcome.EHPAD_EXCLUDED, contractRule, null, figures);
            }
            rule = ModulationRule.SHORTFALL_POINTS;
            threshold = activity.modulationThreshold() != null ? activity.modulationThreshold() : EHPAD_THRESHOLD;
        } else {
            rule = contractRule == null ? ModulationRule.NONE : contractRule;
            threshold = activity.modulationThreshold() != null ? activity.modulationThreshold()
                    : contractThreshold != null ? contractThreshold : DEFAULT_THRESHOLD;
        }
        if (rule == ModulationRule.NONE) {
            return none(member, activity, Outcome.NO_RULE, rule, threshold, figures);
        }
        boolean occupancy = figures.occupancyRate() != null;
        BigDecimal rate = occupancy ? figures.occupancyRate() : figures.activityRate();
        BigDecimal dotation = activity.dotationAmt() != null ? activity.dotationAmt() : budgetDotation;
        if (rate == null || threshold.signum() <= 0) {
            return new Assessment(member.establishmentId(), member.label(), activity.fiscalYear(), Outcome.NO_ACTIVITY,
                    rule, threshold, null, false, false, zeroPct(), dotation, zeroAmt());
        }
        if (rate.compareTo(threshold) >= 0) {
            return new Assessment(member.establishmentId(), member.label(), activity.fiscalYear(),
                    Outcome.ABOVE_THRESHOLD, rule, threshold, rate, occupancy, figures.projected(), zeroPct(), dotation,
                    zeroAmt());
        }
        BigDecimal pct = modulationPct(rule, threshold, rate);
        BigDecimal amount = dotation == null ? zeroAmt() : amountAtRisk(rule, dotation, threshold, rate);
        return new Assessment(member.establishmentId(), member.label(), activity.fiscalYear(), Outcome.AT_RISK, rule,
                threshold, rate, occupancy, figures.projected(), pct, dotation, amount);
    }

    /**
     * Share of the dotation cut, percent, 4 decimals half-up: S = (threshold − rate) ÷ 2; P = (1 − rate ÷ threshold)
     * ÷ 2 × 100; 0 when the rate reaches the threshold or the rule is N.
     */
    public static BigDecimal modulationPct(ModulationRule rule, BigDecimal threshold, BigDecimal rate) {
        if (rule == ModulationRule.NONE || rate.compareTo(threshold) >= 0) {
            return zeroPct();
        }
        BigDecimal gap = threshold.subtract(rate);
        return switch (rule) {
            case SHORTFALL_POINTS -> gap.divide(TWO, PCT_SCALE, RoundingMode.HALF_UP);
            case PRO_RATA -> gap.multiply(OccupancyCalculator.HUNDRED).divide(threshold.multiply(TWO), PCT_SCALE,
                    RoundingMode.HALF_UP);
            case NONE -> zeroPct();
        };
    }

    /**
     * Amount at risk, computed in one division so that the rounding of the percentage never shows in the amount:
     * S = dotation × (threshold − rate) ÷ 200; P = dotation × (threshold − rate) ÷ (2 × threshold); 2 decimals
     * half-up.
     */
    public static BigDecimal amountAtRisk(ModulationRule rule, BigDecimal dotation, BigDecimal threshold,
            BigDecimal rate) {
        if (rule == ModulationRule.NONE || rate.compareTo(threshold) >= 0) {
            return zeroAmt();
        }
        BigDecimal gap = threshold.subtract(rate);
        return switch (rule) {
            case SHORTFALL_POINTS -> dotation.multiply(gap).divide(BigDecimal.valueOf(200), 2, RoundingMode.HALF_UP);
            case PRO_RATA -> dotation.multiply(gap).divide(threshold.multiply(TWO), 2, RoundingMode.HALF_UP);
            case NONE -> zeroAmt();
        };
    }

    private static Assessment none(PerimeterMember member, ActivityRecord activity, Outcome outcome,
            ModulationRule rule, BigDecimal threshold, ActivityFigures figures) {
        boolean occupancy = figures.occupancyRate() != null;
        return new Assessment(member.establishmentId(), member.label(), activity.fiscalYear(), outcome,
                rule == null ? ModulationRule.NONE : rule, threshold,
                occupancy ? figures.occupancyRate() : figures.activityRate(), occupancy, figures.projected(),
                zeroPct(), activity.dotationAmt(), zeroAmt());
    }

    private static BigDecimal zeroPct() {
        return BigDecimal.ZERO.setScale(PCT_SCALE);
    }

    private static BigDecimal zeroAmt() {
        return BigDecimal.ZERO.setScale(2);
    }
}
