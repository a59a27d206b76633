package org.cpom.core.perimeter;

import java.time.LocalDate;
import java.util.Collection;

import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/**
 * Rules of CPOM_ContractEstablishment. An establishment cannot be in two non-void contracts whose periods overlap
 * (the adapter passes the establishment's other memberships, read with one query; the database adds its own
 * exclusion constraint).
 */
public final class PerimeterRules {

    private PerimeterRules() {
    }

    /** Effective start of a line: DateJoined, or the contract start when empty. */
    public static LocalDate effectiveFrom(PerimeterLine line, Contract c) {
        return line.dateJoined() != null ? line.dateJoined() : c.dateFrom();
    }

    /** Effective end of a line: DateLeft, or the contract end when empty. */
    public static LocalDate effectiveTo(PerimeterLine line, Contract c) {
        return line.dateLeft() != null ? line.dateLeft() : c.dateTo();
    }

    /**
     * Validates a perimeter line.
     *
     * @param establishmentLabel name of the establishment for messages
     * @param sameContractLines  the other lines of the same contract (duplicate check), may be empty
     * @param otherMemberships   the establishment's memberships of other contracts
     */
    public static ValidationResult validate(PerimeterLine line, Contract contract, String establishmentLabel,
            Collection<PerimeterLine> sameContractLines, Collection<Membership> otherMemberships) {
        ValidationResult.Builder b = ValidationResult.builder();
        String est = TextRules.shorten(establishmentLabel);
        b.add(org.cpom.core.contract.ContractRules.checkChildEditable(contract));
        if (line.dateJoined() != null && line.dateLeft() != null && line.dateLeft().isBefore(line.dateJoined())) {
            b.add(MessageKeys.PERIMETER_DATES_REVERSED, "DateLeft", contract.label(), est, line.dateJoined(),
                    line.dateLeft());
        }
        if (contract.dateFrom() != null && contract.dateTo() != null) {
            checkInside(b, contract, est, "DateJoined", line.dateJoined());
            checkInside(b, contract, est, "DateLeft", line.dateLeft());
        }
        for (PerimeterLine other : sameContractLines) {
            if (other.id() != line.id() && other.establishmentId() == line.establishmentId()) {
                b.add(MessageKeys.PERIMETER_DUPLICATE, "CPOM_Establishment_ID", contract.label(), est);
                break;
            }
        }
        b.add(checkOverlap(line, contract, est, otherMemberships));
        return b.build();
    }

    private static void checkInside(ValidationResult.Builder b, Contract c, String est, String column,
            LocalDate date) {
        if (date != null && !ContractPeriod.contains(c, date)) {
            b.add(MessageKeys.PERIMETER_DATE_OUTSIDE, column, c.label(), est, Label.field(column), date,
                    c.dateFrom(), c.dateTo());
        }
    }

    /** The overlap rule alone. */
    public static ValidationResult checkOverlap(PerimeterLine line, Contract contract, String establishmentLabel,
            Collection<Membership> otherMemberships) {
        if (contract.dateFrom() == null || contract.dateTo() == null
                || contract.docStatus() == org.cpom.core.model.DocStatus.VOIDED) {
            return ValidationResult.ok();
        }
        LocalDate from = effectiveFrom(line, contract);
        LocalDate to = effectiveTo(line, contract);
        for (Membership m : otherMemberships) {
            if (!m.counts() || m.contractId() == contract.id() || m.establishmentId() != line.establishmentId()) {
                continue;
            }
            if (ContractPeriod.overlaps(from, to, m.dateJoined(), m.dateLeft())) {
                return ValidationResult.of(MessageKeys.PERIMETER_OVERLAP, "CPOM_Establishment_ID",
                        TextRules.shorten(establishmentLabel), TextRules.shorten(m.contractLabel()), m.dateJoined(),
                        m.dateLeft() == null ? "-" : m.dateLeft(), contract.label(), from, to);
            }
        }
        return ValidationResult.ok();
    }
}
