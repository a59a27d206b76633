package org.cpom.core.perimeter;

import java.time.LocalDate;

import org.cpom.core.model.DocStatus;

/**
 * An establishment's membership of one contract, as the overlap rule sees it: the effective period is the
 * perimeter line's join/leave dates bounded by the contract period.
 *
 * @param dateLeft null while the establishment stays until the contract's end
 */
public record Membership(int contractId, String contractLabel, DocStatus contractStatus, int establishmentId,
        LocalDate dateJoined, LocalDate dateLeft) {

    /** Voided contracts do not hold their establishments. */
    public boolean counts() {
        return contractStatus != DocStatus.VOIDED;
    }
}
