package org.cpom.core.finance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpom.core.model.BudgetLine;

/**
 * ERRD compte de résultat réalisé of one fiscal year: per establishment (the postings of its organisation), the
 * consolidated perimeter (the sum of the establishments) and, when some postings come from organisations that
 * are no establishment of the perimeter (a head office, a mistake), an "unassigned" part that the consolidated
 * total leaves out and the pre-filing check reports.
 *
 * <p>Only mapped rows (a functional group) count; unmapped class 6/7 rows are kept in {@link #unmapped()} for the
 * pre-filing check. Balance-sheet rows (classes 1 to 5) are ignored. The forecast of each part is the sum of the
 * budget lines of the year (every payer) of its establishment(s).
 *
 * <p>{@link #periodClosed()} is what the caller found (C_Period of the year all closed); every output must print
 * the {@code CPOM_FinPeriodOpen} notice when it is false.
 */
public final class ErrdStatement {

    private final int fiscalYear;
    private final boolean periodClosed;
    private final List<ErrdPart> establishments;
    private final ErrdPart consolidated;
    private final ErrdPart unassigned;
    private final List<LedgerBalance> unmapped;

    private ErrdStatement(int fiscalYear, boolean periodClosed, List<ErrdPart> establishments,
            ErrdPart consolidated, ErrdPart unassigned, List<LedgerBalance> unmapped) {
        this.fiscalYear = fiscalYear;
        this.periodClosed = periodClosed;
        this.establishments = List.copyOf(establishments);
        this.consolidated = consolidated;
        this.unassigned = unassigned;
        this.unmapped = List.copyOf(unmapped);
    }

    /**
     * Builds the statement.
     *
     * @param fiscalYear     the year
     * @param yearFlows      the year's ledger rows (Dr/Cr sums of the year), any class; rows of other classes than
     *                       6 and 7 are ignored
     * @param establishments the establishments of the perimeter (those without organisation get no postings)
     * @param budgetLines    budget lines; only those of {@code fiscalYear} count
     * @param periodClosed   true when every period of the year is closed
     */
    public static ErrdStatement build(int fiscalYear, Collection<LedgerBalance> yearFlows,
            Collection<EstablishmentRef> establishments, Collection<BudgetLine> budgetLines, boolean periodClosed) {
        Map<Integer, EstablishmentRef> byOrg = new HashMap<>();
        Map<Integer, EstablishmentRef> byId = new LinkedHashMap<>();
        for (EstablishmentRef e : establishments) {
            byId.put(e.establishmentId(), e);
            if (e.hasOrg()) {
                byOrg.putIfAbsent(e.orgId(), e);
            }
        }
        Map<Integer, GroupTotals.Builder> actual = new HashMap<>();
        Map<Integer, List<LedgerBalance>> detail = new HashMap<>();
        GroupTotals.Builder unassignedActual = GroupTotals.builder();
        List<LedgerBalance> unassignedDetail = new ArrayList<>();
        List<LedgerBalance> unmapped = new ArrayList<>();
        for (LedgerBalance row : yearFlows) {
            if (row.group() == null) {
                if (row.isIncomeStatement()) {
                    unmapped.add(row);
                }
                continue;
            }
            EstablishmentRef e = byOrg.get(row.orgId());
            if (e == null) {
                unassignedActual.add(row.section(), row.group(), row.groupAmount());
                unassignedDetail.add(row);
            } else {
                actual.computeIfAbsent(e.establishmentId(), k -> GroupTotals.builder())
                        .add(row.section(), row.group(), row.groupAmount());
                detail.computeIfAbsent(e.establishmentId(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<Integer, GroupTotals.Builder> forecast = new HashMap<>();
        for (BudgetLine line : budgetLines) {
            if (line.fiscalYear() == fiscalYear && byId.containsKey(line.establishmentId())) {
                forecast.computeIfAbsent(line.establishmentId(), k -> GroupTotals.builder())
                        .add(line.budgetSection(), line.functionalGroup(), line.amount());
            }
        }
        List<ErrdPart> parts = new ArrayList<>();
        GroupTotals.Builder allActual = GroupTotals.builder();
        GroupTotals.Builder allForecast = GroupTotals.builder();
        List<LedgerBalance> allDetail = new ArrayList<>();
        for (EstablishmentRef e : byId.values()) {
            GroupTotals a = built(actual.get(e.establishmentId()));
            GroupTotals f = built(forecast.get(e.establishmentId()));
            List<LedgerBalance> d = sorted(detail.getOrDefault(e.establishmentId(), List.of()));
            parts.add(new ErrdPart(ErrdPart.Kind.ESTABLISHMENT, e, a, f, d));
            allActual.addAll(a);
            allForecast.addAll(f);
            allDetail.addAll(d);
        }
        ErrdPart consolidated = new ErrdPart(ErrdPart.Kind.CONSOLIDATED, null, allActual.build(),
                allForecast.build(), sorted(allDetail));
        ErrdPart unassigned = unassignedDetail.isEmpty() ? null
                : new ErrdPart(ErrdPart.Kind.UNASSIGNED, null, unassignedActual.build(), GroupTotals.EMPTY,
                        sorted(unassignedDetail));
        return new ErrdStatement(fiscalYear, periodClosed, parts, consolidated, unassigned, sorted(unmapped));
    }

    private static GroupTotals built(GroupTotals.Builder b) {
        return b == null ? GroupTotals.EMPTY : b.build();
    }

    private static List<LedgerBalance> sorted(List<LedgerBalance> rows) {
        List<LedgerBalance> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(LedgerBalance::account).thenComparingInt(LedgerBalance::orgId));
        return copy;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    /** False when a period of the year is still open: the figures are provisional and outputs must say so. */
    public boolean periodClosed() {
        return periodClosed;
    }

    /** One part per establishment of the perimeter, in the order given. */
    public List<ErrdPart> establishments() {
        return establishments;
    }

    /** The part of one establishment, empty when it is not in the perimeter. */
    public Optional<ErrdPart> establishment(int establishmentId) {
        return establishments.stream().filter(p -> p.establishmentId() == establishmentId).findFirst();
    }

    /** The perimeter consolidated: the sum of the establishments (the unassigned part excluded). */
    public ErrdPart consolidated() {
        return consolidated;
    }

    /** Postings of organisations that are no establishment of the perimeter, when there are any. */
    public Optional<ErrdPart> unassigned() {
        return Optional.ofNullable(unassigned);
    }

    /** Class 6/7 rows with postings but no functional group: left out of every total. */
    public List<LedgerBalance> unmapped() {
        return unmapped;
    }
}
