package org.cpom.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.PerimeterMember;

/**
 * What the deadline generator reads of one contract.
 *
 * @param contract                 the contract (legal basis, DateFrom, DateTo, IsExtended)
 * @param perimeter                its establishments with their FINESS category and membership dates
 * @param actionSheets             its action sheets (due date, pilot, status)
 * @param indicators               its indicators (inactive ones are skipped)
 * @param eprdRequested            L313-11 and L313-11-2 contracts: the EPRD was asked for and agreed (see
 *                                 {@link EprdScope})
 * @param lastTariffNotifications  fiscal year → date of the last tariff notification of that year, when known
 * @param modulationRisks          assessments of the activity (one per establishment and year); those with an
 *                                 amount at risk become MODU deadlines
 */
public record CalendarInput(
        Contract contract,
        List<PerimeterMember> perimeter,
        List<ActionSheet> actionSheets,
        List<Indicator> indicators,
        boolean eprdRequested,
        Map<Integer, LocalDate> lastTariffNotifications,
        List<ModulationRisk.Assessment> modulationRisks) {

    public CalendarInput {
        perimeter = perimeter == null ? List.of() : List.copyOf(perimeter);
        actionSheets = actionSheets == null ? List.of() : List.copyOf(actionSheets);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        lastTariffNotifications = lastTariffNotifications == null ? Map.of() : Map.copyOf(lastTariffNotifications);
        modulationRisks = modulationRisks == null ? List.of() : List.copyOf(modulationRisks);
    }

    /** A contract with its perimeter, sheets and indicators; no EPRD request, no notification, no activity. */
    public static CalendarInput of(Contract contract, List<PerimeterMember> perimeter, List<ActionSheet> actionSheets,
            List<Indicator> indicators) {
        return new CalendarInput(contract, perimeter, actionSheets, indicators, false, Map.of(), List.of());
    }

    public CalendarInput withContract(Contract newContract) {
        return new CalendarInput(newContract, perimeter, actionSheets, indicators, eprdRequested,
                lastTariffNotifications, modulationRisks);
    }

    public CalendarInput withActionSheets(List<ActionSheet> newSheets) {
        return new CalendarInput(contract, perimeter, newSheets, indicators, eprdRequested, lastTariffNotifications,
                modulationRisks);
    }

    public CalendarInput withEprdRequested(boolean requested) {
        return new CalendarInput(contract, perimeter, actionSheets, indicators, requested, lastTariffNotifications,
                modulationRisks);
    }

    public CalendarInput withLastTariffNotifications(Map<Integer, LocalDate> notifications) {
        return new CalendarInput(contract, perimeter, actionSheets, indicators, eprdRequested, notifications,
                modulationRisks);
    }

    public CalendarInput withModulationRisks(List<ModulationRisk.Assessment> risks) {
        return new CalendarInput(contract, perimeter, actionSheets, indicators, eprdRequested,
                lastTariffNotifications, risks);
    }
}
