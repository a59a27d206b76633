package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_ActionSheet (fiche action).
 *
 * @param value        Value: the sheet number, e.g. FA-01
 * @param name         Name: the title
 * @param pilotUserId  AD_User_ID of the pilot, 0 when none
 * @param progress     Progress in percent, 0..100
 */
public record ActionSheet(
        int id,
        int contractId,
        int axisId,
        String value,
        String name,
        String objective,
        String actions,
        int pilotUserId,
        String partners,
        LocalDate startDate,
        LocalDate dueDate,
        ActionStatus actionStatus,
        String abandonReason,
        BigDecimal progress,
        BigDecimal meansAmt,
        Priority priority) {

    public String label() {
        if (value != null && !value.isBlank()) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
        if (name != null && !name.isBlank()) {
            return name.length() > 40 ? name.substring(0, 40) + "…" : name;
        }
        return "n° " + id; // never "#id": the user reads the sheet's number
    }

    public ActionSheet withActionStatus(ActionStatus status) {
        return new ActionSheet(id, contractId, axisId, value, name, objective, actions, pilotUserId, partners,
                startDate, dueDate, status, abandonReason, progress, meansAmt, priority);
    }

    public ActionSheet withContract(int newContractId, int newAxisId) {
        return new ActionSheet(id, newContractId, newAxisId, value, name, objective, actions, pilotUserId, partners,
                startDate, dueDate, actionStatus, abandonReason, progress, meansAmt, priority);
    }
}
