package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_Amendment (avenant). newDateTo / amtChange are null when the amendment does not change them;
 * prevDateTo / prevTotalAmt keep the contract's values from before it was applied.
 */
public record Amendment(
        int id,
        int contractId,
        int amendmentNo,
        LocalDate dateDoc,
        String description,
        LocalDate newDateTo,
        BigDecimal amtChange,
        boolean processed,
        LocalDate dateApplied,
        LocalDate prevDateTo,
        BigDecimal prevTotalAmt) {

    public String label() {
        return "#" + amendmentNo;
    }
}
