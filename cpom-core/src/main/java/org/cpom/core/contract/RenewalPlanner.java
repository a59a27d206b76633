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
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.rule.Violation;

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

    /**
     * The legal basis proposed for the renewal of {@code old}: the one the law gives today to the establishments
     * still in its perimeter ({@link ContractKindRules#applicableBasis}), with the reason, for the user to
     * confirm. E.g. an L313-11 ESAT contract under ARS tariff is proposed under L313-12-2 (compulsory CPOM of
     * disability ESMS since LFSS 2016).
     *
     * @param stillIn the establishments still in the perimeter at the end of {@code old}
     */
    public record LegalBasisProposal(LegalBasis current, LegalBasis proposed, Violation reason) {

        /** True when the proposal differs from the old contract's basis: the user must confirm the change. */
        public boolean changed() {
            return current != proposed;
        }
    }

    public static LegalBasisProposal proposeLegalBasis(Contract old, Collection<PerimeterMember> stillIn) {
        LegalBasis proposed = ContractKindRules.applicableBasis(stillIn);
        String reasonKey = switch (proposed) {
            case L313_12_IV_TER -> MessageKeys.RENEWAL_REASON_EHPAD;
            case L313_11_2 -> MessageKeys.RENEWAL_REASON_CHRS;
            case L313_12_2 -> MessageKeys.RENEWAL_REASON_ARS_DISABILITY;
            case L313_11 -> MessageKeys.RENEWAL_REASON_GENERAL;
        };
        Violation reason = old.legalBasis() == proposed
                ? Violation.of(MessageKeys.RENEWAL_BASIS_KEPT, "LegalBasis", old.label(), proposed,
                        Violation.of(reasonKey, null))
                : Violation.of(MessageKeys.RENEWAL_BASIS_CHANGED, "LegalBasis", old.label(),
                        old.legalBasis() == null ? "-" : old.legalBasis(), proposed, Violation.of(reasonKey, null));
        return new LegalBasisProposal(old.legalBasis(), proposed, reason);
    }

    /**
     * Plans the renewal under the legal basis the user confirmed (normally {@link #proposeLegalBasis}'s proposal):
     * a renewal never silently copies the old article.
     */
    public static Plan plan(Contract old, Collection<PerimeterLine> perimeter, Collection<Axis> axes,
            Collection<ActionSheet> sheets, LegalBasis confirmedBasis) {
        if (confirmedBasis == null) {
            ValidationResult.of(MessageKeys.RENEWAL_BASIS_NOT_CONFIRMED, "LegalBasis", old.label())
                    .throwIfInvalid();
        }
        Plan copied = plan(old, perimeter, axes, sheets);
        return new Plan(copied.contract().withLegalBasis(confirmedBasis), copied.establishmentIds(), copied.axes(),
                copied.actionSheets());
    }

    /** Legacy plan: copies the old legal basis. Prefer {@link #plan(Contract, Collection, Collection, Collection,
     * LegalBasis)} with the basis the user confirmed. */
    public static Plan plan(Contract old, Collection<PerimeterLine> perimeter, Collection<Axis> axes,
            Collection<ActionSheet> sheets) {
        check(old).throwIfInvalid();
        LocalDate from = old.dateTo().plusDays(1);
        LocalDate to = ContractPeriod.defaultDateTo(from);
        Contract renewed = new Contract(0, old.clientId(), null, old.name(), old.description(), old.legalBasis(),
                old.managingBodyBPartnerId(), old.arsBPartnerId(), old.departementBPartnerId(), from, to, null, false,
                java.math.BigDecimal.ZERO, old.currencyId(), old.sharedDiagnosis(), DocStatus.DRAFTED,
                old.stateBPartnerId());
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
