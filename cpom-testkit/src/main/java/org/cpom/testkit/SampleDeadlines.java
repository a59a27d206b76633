package org.cpom.testkit;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.calendar.CalendarInput;
import org.cpom.core.calendar.Deadline;
import org.cpom.core.calendar.DeadlineCalendarSettings;
import org.cpom.core.calendar.DeadlineGenerator;
import org.cpom.core.calendar.Responsible;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.rule.Coded;

/**
 * CPOM_Deadline rows of the samples: the calendar the core {@link DeadlineGenerator} makes of the contract (legal
 * basis, period, perimeter, action sheets, indicators and the activity's modulation risks, documented default dates,
 * names in French), stored as the generation process stores them (IsGenerated Y, DeadlineKey), then the history up to
 * the sample's reference date ({@link SampleCalendar}): a deadline due before it is done a few days before its date by
 * the user who answers for it, except the late ones (action sheets not done, one indicator's actuals never entered);
 * plus one deadline a user added (IsGenerated N, no key).
 */
final class SampleDeadlines {

    private SampleDeadlines() {
    }

    /** The users who answer for the contract's deadlines (set on the contract). */
    record Users(int manager, int accountant) {
    }

    /** A deadline a user added: name, due date, establishment (0: the contract), responsible user, description. */
    record UserDeadline(String name, LocalDate dueDate, int establishmentId, int userId, String description) {
    }

    /**
     * Generates, stores and dates the contract's deadlines; returns the number of rows written.
     *
     * @param risks     the activity's assessments (those at risk become MODU deadlines)
     * @param reference the sample's reference date: what is due before it is done, unless late
     */
    static int write(SampleRows rows, int contractId, Users users, List<ModulationRisk.Assessment> risks,
            LocalDate reference, UserDeadline own) throws SQLException {
        rows.update("UPDATE CPOM_Contract SET Manager_User_ID=?, Accountant_User_ID=? WHERE CPOM_Contract_ID=?",
                users.manager(), users.accountant(), contractId);
        Contract contract = rows.contract(contractId);
        List<PerimeterMember> perimeter = new ArrayList<>();
        for (SampleRows.Establishment e : rows.perimeter(contractId)) {
            perimeter.add(e.member());
        }
        List<ActionSheet> sheets = new ArrayList<>();
        for (Object[] r : rows.query("SELECT CPOM_ActionSheet_ID, Value, Name, AD_User_ID, StartDate, DueDate, "
                + "ActionStatus FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? ORDER BY Value", contractId)) {
            sheets.add(new ActionSheet(SampleRows.integer(r[0]), contractId, 0, (String) r[1], (String) r[2], null,
                    null, SampleRows.integer(r[3]), null, SampleRows.date(r[4]), SampleRows.date(r[5]),
                    Coded.fromCode(ActionStatus.class, (String) r[6]), null, null, null, null));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Object[] r : rows.query("SELECT CPOM_Indicator_ID, CPOM_ActionSheet_ID, Name, IsActive FROM "
                + "CPOM_Indicator WHERE CPOM_Contract_ID=? ORDER BY CPOM_Indicator_ID", contractId)) {
            indicators.add(new Indicator(SampleRows.integer(r[0]), contractId, SampleRows.integer(r[1]),
                    (String) r[2], null, null, null, null, null, null, "Y".equals(r[3])));
        }
        CalendarInput in = new CalendarInput(contract, perimeter, sheets, indicators, false, Map.of(), risks);
        List<Deadline> generated = DeadlineGenerator.generate(in, DeadlineCalendarSettings.defaults(), Language.FR);
        // late on purpose: the actuals of the last indicator for the year before last were never entered
        Set<String> late = indicators.isEmpty() ? Set.of()
                : Set.of("INDV/" + indicators.get(indicators.size() - 1).id() + "/" + (reference.getYear() - 2));
        int n = 0;
        for (Deadline d : generated) {
            int responsible = d.userId() > 0 ? d.userId()
                    : d.responsible() == Responsible.ACCOUNTANT ? users.accountant() : users.manager();
            boolean done = d.done() || d.dueDate().isBefore(reference) && !late.contains(d.key())
                    && d.type() != org.cpom.core.calendar.DeadlineType.ACTION_SHEET;
            // done a few days ahead of the date (never after the reference date)
            LocalDate dateDone = done ? min(d.dueDate().minusDays(2 + Math.floorMod(d.key().hashCode(), 9)),
                    reference.minusDays(1)) : null;
            rows.insert("CPOM_Deadline", SampleRows.row("CPOM_Deadline_ID", rows.id(), "CPOM_Contract_ID", contractId,
                    "DeadlineType", d.type().code(), "Name", d.name(), "DueDate", d.dueDate(),
                    "FiscalYear", d.fiscalYear(), "CPOM_Establishment_ID", nullIfZero(d.establishmentId()),
                    "CPOM_ActionSheet_ID", nullIfZero(d.actionSheetId()), "Responsible", d.responsible().code(),
                    "Responsible_User_ID", nullIfZero(d.userId()), "LegalReference", d.legalReference(),
                    "Amount", d.amount(), "IsDone", done ? "Y" : "N", "DateDone", dateDone,
                    "DoneBy_User_ID", done ? responsible : null, "IsGenerated", "Y", "DeadlineKey", d.key()));
            n++;
        }
        rows.insert("CPOM_Deadline", SampleRows.row("CPOM_Deadline_ID", rows.id(), "CPOM_Contract_ID", contractId,
                "DeadlineType", "USER", "Name", own.name(), "DueDate", own.dueDate(), "FiscalYear",
                own.dueDate().getYear(), "CPOM_Establishment_ID", nullIfZero(own.establishmentId()),
                "Responsible", Responsible.CONTRACT_MANAGER.code(), "Responsible_User_ID", nullIfZero(own.userId()),
                "IsDone", "N", "IsGenerated", "N", "Description", own.description()));
        return n + 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Integer nullIfZero(int id) {
        return id > 0 ? id : null;
    }
}
