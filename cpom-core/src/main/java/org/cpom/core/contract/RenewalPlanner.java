package org.cpom.core.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.Axis;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.rule.ValidationResult;

/**
 * Plans the CPOM_RenewContract process. The new contract starts the day after the old one ends and runs the
 * full 5 years (no extension: a 6th year is negotiated separately); it is a draft with no amount and no
 * signature date. Copied: establishments still in the perimeter at the end (no DateLeft before DateTo), every
 * axis, and the open action sheets (planned, in progress, late), reset to planned with their dates cleared,
 * since their schedule must be renegotiated. Done and abandoned sheets stay with the old contract.
 */
public final class RenewalPlanner {

    /** What the process must create. Axis ids in {@code actionSheets} are the OLD axis ids: map them on insert. */
    public record Plan(Contract contract, List<Integer> establishmentIds, List<Axis> axes,
            List<ActionSheet> actionSheets) {
    }

    private RenewalPlanner() {
    }

    public static ValidationResult check(Contract old) {
        if (old.docStatus() != DocStatus.COMPLETED && old.docStatus() != DocStatus.CLOSED) {
            return ValidationResult.of(MessageKeys.RENEWAL_NOT_SIGNED, null, old.label(),
                    DocStatusRules.label(old.docStatus() == null ? DocStatus.DRAFTED : old.docStatus()));
        }
        return ValidationResult.ok();
    }

    public static Plan plan(Contract old, Collection<PerimeterLine> perimeter, Collection<Axis> axes,
            Collection<ActionSheet> sheets) {
        check(old).throwIfInvalid();
        LocalDate from = old.dateTo().plusDays(1);
        LocalDate to = ContractPeriod.defaultDateTo(from);
        Contract renewed = new Contract(0, old.clientId(), null, old.name(), old.description(), old.legalBasis(),
                old.managingBodyBPartnerId(), old.arsBPartnerId(), old.departementBPartnerId(), from, to, null, false,
                java.math.BigDecimal.ZERO, old.currencyId(), old.sharedDiagnosis(), DocStatus.DRAFTED);
        List<Integer> establishments = new ArrayList<>();
        for (PerimeterLine line : perimeter) {
            boolean stillIn = line.dateLeft() == null || !line.dateLeft().isBefore(old.dateTo());
            if (stillIn && !establishments.contains(line.establishmentId())) {
                establishments.add(line.establishmentId());
            }
        }
        List<Axis> newAxes = new ArrayList<>();
        for (Axis a : axes) {
            newAxes.add(new Axis(a.id(), 0, a.seqNo(), a.name(), a.description()));
        }
        List<ActionSheet> open = new ArrayList<>();
        for (ActionSheet s : sheets) {
            if (s.actionStatus() == null || ActionSheetRules.OPEN_STATUSES.contains(s.actionStatus())) {
                open.add(new ActionSheet(0, 0, s.axisId(), s.value(), s.name(), s.objective(), s.actions(),
                        s.pilotUserId(), s.partners(), null, null, org.cpom.core.model.ActionStatus.PLANNED, null,
                        s.progress(), s.meansAmt(), s.priority()));
            }
        }
        return new Plan(renewed, List.copyOf(establishments), List.copyOf(newAxes), List.copyOf(open));
    }
}
