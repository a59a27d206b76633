package org.cpom.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of the CPOM_Contract header and its completion (signature). */
public final class ContractRules {

    static final String TABLE = "CPOM_Contract";

    /**
     * Header columns locked once the contract is signed (CO/CL): they are the signed commitment.
     * Name, Description and DocumentNo stay editable (labels, not commitments). DateTo, TotalAmt and IsExtended
     * change only through an applied amendment ({@link #AMENDABLE_COLUMNS}).
     */
    public static final List<String> LOCKED_COLUMNS = List.of("LegalBasis", "ManagingBody_BPartner_ID",
            "ARS_BPartner_ID", "Departement_BPartner_ID", "State_BPartner_ID", "DateFrom", "DateTo", "DateSigned", "IsExtended",
            "TotalAmt", "C_Currency_ID", "SharedDiagnosis");

    /** Locked columns an amendment may change. */
    public static final List<String> AMENDABLE_COLUMNS = List.of("DateTo", "TotalAmt", "IsExtended");

    /** At most this many "missing budget" messages are listed one by one before a summary line. */
    static final int MAX_LISTED_MISSING = 10;

    private ContractRules() {
    }

    /** Field rules of the header, checked on every save. */
    public static ValidationResult validate(Contract c) {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = c.label();
        b.add(TextRules.checkLength(TABLE, "DocumentNo", c.documentNo(), label));
        b.add(TextRules.checkLength(TABLE, "Name", c.name(), label));
        b.add(TextRules.checkLength(TABLE, "Description", c.description(), label));
        b.add(TextRules.checkLength(TABLE, "SharedDiagnosis", c.sharedDiagnosis(), label));
        b.add(TextRules.checkMandatory(TABLE, "Name", c.name(), label));
        if (c.dateFrom() == null) {
            b.add(TextRules.mandatory(TABLE, "DateFrom", label));
        }
        if (c.dateTo() == null) {
            b.add(TextRules.mandatory(TABLE, "DateTo", label));
        }
        b.add(checkPeriod(c));
        if (c.legalBasis() == null) {
            b.add(MessageKeys.CONTRACT_LEGAL_BASIS_MISSING, "LegalBasis", label);
        }
        if (c.arsBPartnerId() <= 0 && c.departementBPartnerId() <= 0 && c.stateBPartnerId() <= 0) {
            b.add(MessageKeys.CONTRACT_NO_AUTHORITY, "ARS_BPartner_ID", label);
        }
        b.add(ContractKindRules.checkParties(c));
        if (c.dateSigned() != null && c.dateTo() != null && c.dateSigned().isAfter(c.dateTo())) {
            b.add(MessageKeys.CONTRACT_SIGNED_AFTER_END, "DateSigned", label, c.dateSigned(), c.dateTo());
        }
        if (c.totalAmt() != null && c.totalAmt().signum() < 0) {
            b.add(MessageKeys.CONTRACT_TOTAL_NEGATIVE, "TotalAmt", label, c.totalAmt());
        }
        return b.build();
    }

    /** DateTo after DateFrom and within 5 years (6 with the extension). */
    public static ValidationResult checkPeriod(Contract c) {
        return checkPeriod(c.label(), c.dateFrom(), c.dateTo(), c.extended());
    }

    static ValidationResult checkPeriod(String label, LocalDate from, LocalDate to, boolean extended) {
        if (from == null || to == null) {
            return ValidationResult.ok();
        }
        if (!to.isAfter(from)) {
            return ValidationResult.of(MessageKeys.CONTRACT_DATES_REVERSED, "DateTo", label, from, to);
        }
        LocalDate max = ContractPeriod.maxDateTo(from, extended);
        if (to.isAfter(max)) {
            return ValidationResult.of(MessageKeys.CONTRACT_TOO_LONG, "DateTo", label, from, to,
                    ContractPeriod.maxYears(extended), max);
        }
        return ValidationResult.ok();
    }

    /**
     * Checks a signature (completion) with everything the rules need: the header rules, the contract kind
     * (parties, categories, tariff authorities: {@link ContractKindRules#checkPerimeter}), at least one
     * establishment and one axis, a budget line for every year each establishment is in the perimeter
     * ({@link #checkMemberBudgetCoverage}), and TotalAmt equal to the commitment of the authorities
     * ({@link #checkCommitment}). Warnings (unusual kinds, authorities funding without being a party) are kept in
     * the result and do not block.
     */
    public static ValidationResult checkCanComplete(SignatureContext s) {
        Contract c = s.contract();
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(validate(c));
        String label = c.label();
        if (s.perimeter().isEmpty()) {
            b.add(MessageKeys.CONTRACT_COMPLETE_NO_ESTABLISHMENT, null, label);
        }
        if (s.axisCount() <= 0) {
            b.add(MessageKeys.CONTRACT_COMPLETE_NO_AXIS, null, label);
        }
        b.add(ContractKindRules.checkMembers(c, s.perimeter()));
        b.add(checkMemberBudgetCoverage(c, s.perimeter(), s.budgetLines()));
        b.add(checkCommitment(c, s.budgetLines()));
        return b.build();
    }

    /**
     * Every establishment has at least one budget line for each year it is in the perimeter: from the later of
     * the contract start and its DateJoined to the earlier of the contract end and its DateLeft. An SSIAD that
     * leaves on 30 June 2027 to merge into a service autonomie à domicile needs lines up to 2027 only, and the
     * new service from the year it joins.
     */
    public static ValidationResult checkMemberBudgetCoverage(Contract c, Collection<PerimeterMember> members,
            Collection<BudgetLine> budgetLines) {
        if (c.dateFrom() == null || c.dateTo() == null) {
            return ValidationResult.ok();
        }
        Set<Long> covered = new HashSet<>();
        for (BudgetLine line : budgetLines) {
            covered.add(pair(line.establishmentId(), line.fiscalYear()));
        }
        ValidationResult.Builder b = ValidationResult.builder();
        int missing = 0;
        for (PerimeterMember m : members) {
            for (int year : membershipYears(c, m.dateJoined(), m.dateLeft())) {
                if (!covered.contains(pair(m.establishmentId(), year))) {
                    missing++;
                    if (missing <= MAX_LISTED_MISSING) {
                        b.add(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET, "CPOM_BudgetLine", c.label(), m.label(),
                                year);
                    }
                }
            }
        }
        if (missing > MAX_LISTED_MISSING) {
            b.add(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET_MORE, "CPOM_BudgetLine", c.label(),
                    missing - MAX_LISTED_MISSING);
        }
        return b.build();
    }

    /**
     * Fiscal years an establishment is in the perimeter: the years of the overlap of [DateJoined, DateLeft] (open
     * ends = the contract's dates) with the contract period; empty when they do not overlap.
     */
    public static List<Integer> membershipYears(Contract c, LocalDate dateJoined, LocalDate dateLeft) {
        List<Integer> years = new ArrayList<>();
        if (c.dateFrom() == null || c.dateTo() == null) {
            return years;
        }
        LocalDate from = dateJoined == null || dateJoined.isBefore(c.dateFrom()) ? c.dateFrom() : dateJoined;
        LocalDate to = dateLeft == null || dateLeft.isAfter(c.dateTo()) ? c.dateTo() : dateLeft;
        for (int y = from.getYear(); !to.isBefore(from) && y <= to.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /**
     * TotalAmt must equal the commitment of the authorities computed from the lines
     * ({@link CommitmentCalculator}): the message gives TotalAmt, the commitment per authority, and the
     * difference. An authority funding lines without being a party gives a warning.
     */
    public static ValidationResult checkCommitment(Contract c, Collection<BudgetLine> budgetLines) {
        ValidationResult.Builder b = ValidationResult.builder();
        Commitment commitment = CommitmentCalculator.compute(c, budgetLines);
        BigDecimal total = c.totalAmt() == null ? BigDecimal.ZERO : c.totalAmt();
        if (total.compareTo(commitment.total()) != 0) {
            b.add(MessageKeys.CONTRACT_COMMITMENT_MISMATCH, "TotalAmt", c.label(), Commitment.scaled(total),
                    Commitment.scaled(commitment.total()), commitment,
                    Commitment.scaled(total.subtract(commitment.total())));
        }
        for (var a : commitment.notParties()) {
            b.warn(MessageKeys.CONTRACT_FUNDER_NOT_PARTY, a.partnerColumn(), c.label(), a,
                    Commitment.scaled(commitment.of(a)));
        }
        return b.build();
    }

    /**
     * Legacy signature check, kept for adapters that do not read payers and membership dates yet: every
     * perimeter establishment × contract year has a line, and TotalAmt equals the sum of the produits groupe I
     * lines ({@link #checkTotal}). Prefer {@link #checkCanComplete(SignatureContext)}.
     *
     * <p>Checks a signature (completion): the header rules, at least one establishment and one axis, a budget line for
     * every perimeter establishment × contract year, and TotalAmt equal to the sum of the budget lines.
     *
     * @param establishmentIds perimeter establishment ids
     * @param establishmentLabels id → name for messages (may miss ids: the id is shown)
     * @param axisCount        number of axes of the contract
     * @param budgetLines      all budget lines of the contract
     */
    public static ValidationResult checkCanComplete(Contract c, Collection<Integer> establishmentIds,
            Map<Integer, String> establishmentLabels, int axisCount, Collection<BudgetLine> budgetLines) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(validate(c));
        String label = c.label();
        if (establishmentIds.isEmpty()) {
            b.add(MessageKeys.CONTRACT_COMPLETE_NO_ESTABLISHMENT, null, label);
        }
        if (axisCount <= 0) {
            b.add(MessageKeys.CONTRACT_COMPLETE_NO_AXIS, null, label);
        }
        b.add(checkBudgetCoverage(c, establishmentIds, establishmentLabels, budgetLines));
        b.add(checkTotal(c, budgetLines));
        return b.build();
    }

    /** Every establishment × year of the period has at least one budget line. */
    public static ValidationResult checkBudgetCoverage(Contract c, Collection<Integer> establishmentIds,
            Map<Integer, String> establishmentLabels, Collection<BudgetLine> budgetLines) {
        if (c.dateFrom() == null || c.dateTo() == null) {
            return ValidationResult.ok();
        }
        Set<Long> covered = new HashSet<>();
        for (BudgetLine line : budgetLines) {
            covered.add(pair(line.establishmentId(), line.fiscalYear()));
        }
        List<Integer> years = ContractPeriod.years(c);
        ValidationResult.Builder b = ValidationResult.builder();
        int missing = 0;
        for (Integer establishmentId : new java.util.TreeSet<>(establishmentIds)) {
            for (int year : years) {
                if (!covered.contains(pair(establishmentId, year))) {
                    missing++;
                    if (missing <= MAX_LISTED_MISSING) {
                        b.add(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET, "CPOM_BudgetLine", c.label(),
                                labelOf(establishmentId, establishmentLabels), year);
                    }
                }
            }
        }
        if (missing > MAX_LISTED_MISSING) {
            b.add(MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET_MORE, "CPOM_BudgetLine", c.label(),
                    missing - MAX_LISTED_MISSING);
        }
        return b.build();
    }

    /**
     * Legacy total (sum of produits groupe I of any payer); the commitment is now
     * {@link CommitmentCalculator#compute}, which leaves out residents' payments and other uncommitted income.
     * The contract's total means are what the funders commit: the tariff revenue lines (produits groupe I,
     * dotations and tariffs). Charges and other income lines describe how that money is spent or complemented;
     * adding them in would count the same euros twice.
     */
    public static BigDecimal sumFundedAmounts(Collection<BudgetLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.amount() != null && line.functionalGroup() == FunctionalGroup.INCOME_I) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }

    public static BigDecimal sumAmounts(Collection<BudgetLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.amount() != null) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }

    /**
     * Legacy rule: TotalAmt must equal the sum of the produits groupe I lines. Superseded by
     * {@link #checkCommitment}; kept while adapters pass lines without payers.
     */
    public static ValidationResult checkTotal(Contract c, Collection<BudgetLine> budgetLines) {
        BigDecimal total = c.totalAmt() == null ? BigDecimal.ZERO : c.totalAmt();
        BigDecimal sum = sumFundedAmounts(budgetLines);
        if (total.compareTo(sum) != 0) {
            return ValidationResult.of(MessageKeys.CONTRACT_TOTAL_MISMATCH, "TotalAmt", c.label(),
                    total.setScale(Math.max(2, total.scale())), sum.setScale(Math.max(2, sum.scale())),
                    total.subtract(sum).setScale(Math.max(2, Math.max(total.scale(), sum.scale()))));
        }
        return ValidationResult.ok();
    }

    /**
     * Rejects changes to locked header columns of a signed contract. {@code byAmendment} is true only while
     * the ApplyAmendment process writes the amended DateTo/TotalAmt/IsExtended.
     */
    public static ValidationResult checkHeaderChange(Contract before, Contract after, boolean byAmendment) {
        if (before == null || !before.isSigned()) {
            return ValidationResult.ok();
        }
        ValidationResult.Builder b = ValidationResult.builder();
        for (Map.Entry<String, Object[]> e : lockedValues(before, after).entrySet()) {
            String column = e.getKey();
            if (byAmendment && AMENDABLE_COLUMNS.contains(column)) {
                continue;
            }
            Object[] values = e.getValue();
            if (!same(values[0], values[1])) {
                b.add(MessageKeys.CONTRACT_LOCKED_FIELD, column, before.label(), Label.field(column));
            }
        }
        return b.build();
    }

    /** Column names of the locked columns whose value differs (helper for adapters that compare POs). */
    public static List<String> changedLockedColumns(Contract before, Contract after) {
        List<String> changed = new ArrayList<>();
        lockedValues(before, after).forEach((column, values) -> {
            if (!same(values[0], values[1])) {
                changed.add(column);
            }
        });
        return changed;
    }

    private static Map<String, Object[]> lockedValues(Contract a, Contract b) {
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("LegalBasis", new Object[] {a.legalBasis(), b.legalBasis()});
        m.put("ManagingBody_BPartner_ID", new Object[] {a.managingBodyBPartnerId(), b.managingBodyBPartnerId()});
        m.put("ARS_BPartner_ID", new Object[] {a.arsBPartnerId(), b.arsBPartnerId()});
        m.put("Departement_BPartner_ID", new Object[] {a.departementBPartnerId(), b.departementBPartnerId()});
        m.put("State_BPartner_ID", new Object[] {a.stateBPartnerId(), b.stateBPartnerId()});
        m.put("DateFrom", new Object[] {a.dateFrom(), b.dateFrom()});
        m.put("DateTo", new Object[] {a.dateTo(), b.dateTo()});
        m.put("DateSigned", new Object[] {a.dateSigned(), b.dateSigned()});
        m.put("IsExtended", new Object[] {a.extended(), b.extended()});
        m.put("TotalAmt", new Object[] {a.totalAmt(), b.totalAmt()});
        m.put("C_Currency_ID", new Object[] {a.currencyId(), b.currencyId()});
        m.put("SharedDiagnosis", new Object[] {a.sharedDiagnosis(), b.sharedDiagnosis()});
        return m;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0; // 100 and 100.00 are the same amount
        }
        return Objects.equals(a, b);
    }

    /**
     * Children (perimeter, axes, action sheets, indicators, budget lines, reviews) of a closed or voided contract
     * can no longer change.
     */
    public static ValidationResult checkChildEditable(Contract c) {
        if (c.docStatus() == DocStatus.CLOSED || c.docStatus() == DocStatus.VOIDED) {
            return ValidationResult.of(MessageKeys.CONTRACT_READ_ONLY, null, c.label(),
                    DocStatusRules.label(c.docStatus()));
        }
        return ValidationResult.ok();
    }

    /** Only drafts and contracts in negotiation can be deleted. */
    public static ValidationResult checkDelete(Contract c) {
        if (c.docStatus() != null && c.docStatus() != DocStatus.DRAFTED && c.docStatus() != DocStatus.IN_PROGRESS) {
            return ValidationResult.of(MessageKeys.CONTRACT_DELETE_SIGNED, null, c.label(),
                    DocStatusRules.label(c.docStatus()));
        }
        return ValidationResult.ok();
    }

    /** The establishment's name, shortened; an unnamed one is shown as "(no name, id 103)", never as "#103". */
    static Object labelOf(int id, Map<Integer, String> labels) {
        String l = labels == null ? null : labels.get(id);
        return l == null || l.isBlank() ? unnamed(id) : TextRules.shorten(l);
    }

    /** Message argument for a record whose adapter gave no name. */
    public static org.cpom.core.rule.Violation unnamed(int id) {
        return org.cpom.core.rule.Violation.of(MessageKeys.UNNAMED_RECORD, null, id);
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
