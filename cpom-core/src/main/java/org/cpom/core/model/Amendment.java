package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_Amendment (avenant). newDateTo / amtChange are null when the amendment does not change them;
 * prevDateTo / prevTotalAmt keep the contract's values from before it was applied.
 *
 * @param dateDoc     the date of the avenant; for a prorogation, the date it was requested (at least 6 months
 *                    before the contract's end)
 * @param prorogation IsProrogation: the avenant carries the prorogation of a signed contract into its 6th year
 *                    (L313-11 CASF: "prorogeable dans la limite d'une sixième année"); applying it sets IsExtended
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
        BigDecimal prevTotalAmt,
        boolean prorogation) {

    /** An amendment that is not a prorogation (the form used before IsProrogation existed). */
    public Amendment(int id, int contractId, int amendmentNo, LocalDate dateDoc, String description,
            LocalDate newDateTo, BigDecimal amtChange, boolean processed, LocalDate dateApplied, LocalDate prevDateTo,
            BigDecimal prevTotalAmt) {
        this(id, contractId, amendmentNo, dateDoc, description, newDateTo, amtChange, processed, dateApplied,
                prevDateTo, prevTotalAmt, false);
    }

    /** "n° 2": the amendment's number as the parties write it. */
    public String label() {
        return "n° " + amendmentNo;
    }
}
