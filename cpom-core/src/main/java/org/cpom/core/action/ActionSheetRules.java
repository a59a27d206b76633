package org.cpom.core.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of CPOM_ActionSheet (fiche action) and CPOM_ActionSheetEstablishment. */
public final class ActionSheetRules {

    static final String TABLE = "CPOM_ActionSheet";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Statuses of a sheet still to be carried out (copied on renewal, can become late). */
    public static final Set<ActionStatus> OPEN_STATUSES =
            java.util.Collections.unmodifiableSet(EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                    ActionStatus.LATE));

    private ActionSheetRules() {
    }

    public static ValidationResult validate(ActionSheet a, ActionSheetContext ctx) {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = a.label();
        Contract c = ctx.contract();
        b.add(ContractRules.checkChildEditable(c));
        b.add(TextRules.checkLength(TABLE, "Value", a.value(), label));
        b.add(TextRules.checkLength(TABLE, "Name", a.name(), label));
        b.add(TextRules.checkLength(TABLE, "Objective", a.objective(), label));
        b.add(TextRules.checkLength(TABLE, "Actions", a.actions(), label));
        b.add(TextRules.checkLength(TABLE, "Partners", a.partners(), label));
        b.add(TextRules.checkLength(TABLE, "AbandonReason", a.abandonReason(), label));
        b.add(TextRules.checkMandatory(TABLE, "Value", a.value(), label));
        b.add(TextRules.checkMandatory(TABLE, "Name", a.name(), label));
        if (a.axisId() <= 0) {
            b.add(TextRules.mandatory(TABLE, "CPOM_Axis_ID", label));
        } else if (ctx.axisContractId() != a.contractId()) {
            b.add(MessageKeys.ACTION_AXIS_OTHER_CONTRACT, "CPOM_Axis_ID", label, c.label());
        }
        if (a.startDate() != null && a.dueDate() != null && a.startDate().isAfter(a.dueDate())) {
            b.add(MessageKeys.ACTION_START_AFTER_DUE, "StartDate", label, a.startDate(), a.dueDate());
        }
        if (a.dueDate() != null && c.dateFrom() != null && c.dateTo() != null && !ContractPeriod.contains(c, a.dueDate())) {
            b.add(MessageKeys.ACTION_DUE_OUTSIDE_CONTRACT, "DueDate", label, a.dueDate(), c.dateFrom(), c.dateTo());
        }
        ActionStatus status = a.actionStatus() == null ? ActionStatus.PLANNED : a.actionStatus();
        if (status == ActionStatus.IN_PROGRESS && a.pilotUserId() <= 0) {
            b.add(MessageKeys.ACTION_PILOT_REQUIRED, "AD_User_ID", label);
        }
        BigDecimal progress = a.progress();
        if (progress != null && (progress.signum() < 0 || progress.compareTo(HUNDRED) > 0)) {
            b.add(MessageKeys.ACTION_PROGRESS_RANGE, "Progress", label, progress);
        }
        if (status == ActionStatus.DONE && (progress == null || progress.compareTo(HUNDRED) != 0)) {
            b.add(MessageKeys.ACTION_DONE_NOT_COMPLETE, "Progress", label, progress == null ? BigDecimal.ZERO : progress);
        }
        if (status == ActionStatus.ABANDONED && (a.abandonReason() == null || a.abandonReason().isBlank())) {
            b.add(MessageKeys.ACTION_ABANDON_REASON, "AbandonReason", label);
        }
        if (a.meansAmt() != null && a.meansAmt().signum() < 0) {
            b.add(MessageKeys.ACTION_MEANS_NEGATIVE, "MeansAmt", label, a.meansAmt());
        }
        return b.build();
    }

    /** The sheet number (Value, e.g. FA-01) is unique within its contract (case and blanks ignored). */
    public static ValidationResult checkUniqueValue(ActionSheet a, Contract c, Collection<ActionSheet> otherSheets) {
        if (a.value() == null || a.value().isBlank()) {
            return ValidationResult.ok();
        }
        String mine = a.value().strip().toLowerCase(java.util.Locale.ROOT);
        for (ActionSheet other : otherSheets) {
            if ((other.id() != a.id() || a.id() == 0) && other.contractId() == a.contractId() && other.value() != null
                    && other.value().strip().toLowerCase(java.util.Locale.ROOT).equals(mine)) {
                return ValidationResult.of(MessageKeys.ACTION_VALUE_DUPLICATE, "Value", a.label(), c.label());
            }
        }
        return ValidationResult.ok();
    }

    /** CPOM_ActionSheetEstablishment: the establishment concerned must be in the contract's perimeter. */
    public static ValidationResult checkEstablishmentConcerned(ActionSheet a, Contract c, int establishmentId,
            String establishmentLabel, Set<Integer> perimeterEstablishmentIds) {
        if (!perimeterEstablishmentIds.contains(establishmentId)) {
            return ValidationResult.of(MessageKeys.ACTION_ESTABLISHMENT_OUTSIDE_PERIMETER, "CPOM_Establishment_ID",
                    a.label(), TextRules.shorten(establishmentLabel), c.label());
        }
        return ValidationResult.ok();
    }

    /** Past due (due date before {@code today}) and not done or abandoned. */
    public static boolean isLate(ActionSheet a, LocalDate today) {
        ActionStatus s = a.actionStatus() == null ? ActionStatus.PLANNED : a.actionStatus();
        return a.dueDate() != null && a.dueDate().isBefore(today)
                && (s == ActionStatus.PLANNED || s == ActionStatus.IN_PROGRESS);
    }

    /**
     * Sheets the FlagLateActionSheets process must set to LA (already late ones are left alone, so the process
     * is idempotent and its count is what it changed).
     */
    public static List<ActionSheet> toFlagLate(Collection<ActionSheet> sheets, LocalDate today) {
        List<ActionSheet> late = new ArrayList<>();
        for (ActionSheet a : sheets) {
            if (isLate(a, today)) {
                late.add(a.withActionStatus(ActionStatus.LATE));
            }
        }
        return late;
    }
}
