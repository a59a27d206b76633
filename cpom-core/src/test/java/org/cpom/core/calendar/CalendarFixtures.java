package org.cpom.core.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Direction;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.Priority;
import org.cpom.core.model.TariffAuthority;

/** Contracts of each legal basis over 2025-2029 with their perimeter, one action sheet and one indicator. */
final class CalendarFixtures {

    static final int MANAGER = 7001;
    static final int ACCOUNTANT = 7002;
    static final int PILOT = 7003;
    static final int SHEET_ID = 41;
    static final int INDICATOR_ID = 61;

    private CalendarFixtures() {
    }

    static Contract contract(LegalBasis basis) {
        return new Contract(1000, 11, "C-1", "CPOM test", null, basis, 900, 2001,
                basis == LegalBasis.L313_12_IV_TER ? 2002 : 0, LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31),
                LocalDate.of(2024, 12, 15), false, new BigDecimal("1000000.00"), 102, null, DocStatus.COMPLETED,
                basis == LegalBasis.L313_11_2 ? 2003 : 0);
    }

    static PerimeterMember member(int id, String name, String category, TariffAuthority authority) {
        return new PerimeterMember(id, name, category, authority, null, null);
    }

    static ActionSheet sheet(LocalDate due, ActionStatus status) {
        return new ActionSheet(SHEET_ID, 1000, 501, "FA-01", "Ouvrir une unité d’accueil de jour", null, null, PILOT,
                null, LocalDate.of(2025, 1, 1), due, status, null, BigDecimal.ZERO, null, Priority.HIGH);
    }

    static Indicator indicator(int actionSheetId) {
        return new Indicator(INDICATOR_ID, 1000, actionSheetId, "Taux d’occupation", null, "%", Direction.HIGHER_IS_BETTER,
                new BigDecimal("88"), 2024, IndicatorSource.MANUAL, true);
    }

    static CalendarInput input(LegalBasis basis, PerimeterMember... members) {
        return CalendarInput.of(contract(basis), List.of(members),
                List.of(sheet(LocalDate.of(2027, 6, 30), ActionStatus.IN_PROGRESS)), List.of(indicator(SHEET_ID)));
    }

    /** What the process stores: the plan applied to the stored rows, new rows numbered from {@code nextId}. */
    static List<Deadline> store(List<Deadline> stored, DeadlinePlan plan, int nextId) {
        List<Deadline> rows = new ArrayList<>(stored);
        rows.removeAll(plan.removals());
        for (DeadlinePlan.Update u : plan.updates()) {
            rows.set(rows.indexOf(u.existing()), u.target());
        }
        int id = nextId;
        for (Deadline d : plan.inserts()) {
            rows.add(d.withId(id++));
        }
        return rows;
    }

    static Deadline byKey(List<Deadline> deadlines, String key) {
        return deadlines.stream().filter(d -> key.equals(d.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + key + " in " + keys(deadlines)));
    }

    static List<String> keys(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::key).toList();
    }
}
