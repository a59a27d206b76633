package org.cpom.adapter;

import java.math.BigDecimal;

/**
 * The one place that decides CPOM_IndicatorValue.IsComputed before the save rules run, used by
 * {@code MCpomIndicatorValue.beforeSave} (iDempiere, before the PO events) and by {@code JdbcRecordStore} (tests,
 * demo): when a write changes ActualValue to something other than ComputedValue, a user typed it, so IsComputed
 * becomes N and the indicator process will keep it. A write that makes ActualValue equal to ComputedValue (the
 * process) leaves IsComputed as that write gives it.
 */
public final class ComputedValueMark {

    private ComputedValueMark() {
    }

    /**
     * @param actualWritten true when this write sets ActualValue (a new record with a value, or a changed value)
     * @param actual        ActualValue as it will be saved
     * @param computed      ComputedValue as it will be saved
     * @param isComputed    IsComputed as it will be saved
     * @return IsComputed to store
     */
    public static boolean isComputed(boolean actualWritten, BigDecimal actual, BigDecimal computed,
            boolean isComputed) {
        if (!actualWritten) {
            return isComputed;
        }
        boolean sameAsComputed = actual != null && computed != null && actual.compareTo(computed) == 0;
        return sameAsComputed && isComputed;
    }
}
