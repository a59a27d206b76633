package org.cpom.core.model;

import java.math.BigDecimal;

/** CPOM_IndicatorValue: target and actual of one indicator for one fiscal year. */
public record IndicatorValue(int id, int indicatorId, int fiscalYear, BigDecimal targetValue, BigDecimal actualValue,
        String comments) {
}
