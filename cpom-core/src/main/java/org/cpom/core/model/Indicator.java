package org.cpom.core.model;

import java.math.BigDecimal;

/** CPOM_Indicator. actionSheetId is 0 when the indicator belongs to the contract only. */
public record Indicator(
        int id,
        int contractId,
        int actionSheetId,
        String name,
        String description,
        String unitName,
        Direction direction,
        BigDecimal baselineValue,
        Integer baselineYear,
        IndicatorSource indicatorSource,
        boolean active) {

    public String label() {
        if (name != null && !name.isBlank()) {
            return name.length() > 60 ? name.substring(0, 60) + "…" : name;
        }
        return "n° " + id;
    }
}
