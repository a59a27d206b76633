package org.cpom.core.catalogue;

import org.cpom.core.model.ActionSheet;

/** Mutable copy of a {@link ActionSheet} used to build one hostile variant; never shared. */
final class ActionSheetCopy {
    int id;
    int contractId;
    int axisId;
    String value;
    String name;
    String objective;
    String actions;
    int pilotUserId;
    String partners;
    java.time.LocalDate startDate;
    java.time.LocalDate dueDate;
    org.cpom.core.model.ActionStatus actionStatus;
    String abandonReason;
    java.math.BigDecimal progress;
    java.math.BigDecimal meansAmt;
    org.cpom.core.model.Priority priority;

    ActionSheetCopy(ActionSheet r) {
        id = r.id();
        contractId = r.contractId();
        axisId = r.axisId();
        value = r.value();
        name = r.name();
        objective = r.objective();
        actions = r.actions();
        pilotUserId = r.pilotUserId();
        partners = r.partners();
        startDate = r.startDate();
        dueDate = r.dueDate();
        actionStatus = r.actionStatus();
        abandonReason = r.abandonReason();
        progress = r.progress();
        meansAmt = r.meansAmt();
        priority = r.priority();
    }

    ActionSheet build() {
        return new ActionSheet(id, contractId, axisId, value, name, objective, actions, pilotUserId, partners, startDate, dueDate, actionStatus, abandonReason, progress, meansAmt, priority);
    }
}
