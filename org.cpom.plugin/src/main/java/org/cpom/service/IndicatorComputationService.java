package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.adapter.ComputedMeasure;
import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.activity.ActivityMeasure;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.finance.ErrdPart;
import org.cpom.core.finance.ErrdStatement;
import org.cpom.core.finance.FinancialAnalysis;
import org.cpom.core.finance.LedgerBalance;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.Violation;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.PeriodStatus;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_ComputeIndicators (schedulable): fills the yearly actuals of the computed indicators (IndicatorSource C) of
 * one contract or of every open contract (DR, IP, CO) of the client, or of every client when run in the System
 * client. Each indicator's measure is computed for its establishment, or for the whole perimeter when it has none:
 * <ul>
 * <li>ledger measures by the core's {@link FinancialAnalysis} over the year's flows and closing balances of the
 * establishment's organisation (or of the perimeter's organisations) read through the ledger query layer; the
 * taux d'atteinte compare them with the budget in the core's {@link ErrdStatement};</li>
 * <li>activity measures by the core's {@link ActivityMeasure} on the CPOM_Activity row of the establishment, or
 * on every row of the perimeter (consolidated).</li>
 * </ul>
 * The value goes to ComputedValue and DateComputed; it becomes the ActualValue (IsComputed Y) only when ActualValue
 * is empty or was computed. A different value typed by a user is kept (IsComputed N) and reported in the process
 * log with the computed value beside it; a year without data is reported and nothing is written for it.
 *
 * <p>Years: the given FiscalYear, or every year of the contract up to the last one whose books are closed or hold
 * postings (for activity measures, also the last year with an actual activity entered).
 */
public final class IndicatorComputationService {

    private static final Set<String> OPEN_STATUSES = Set.of("DR", "IP", "CO");

    private final Connection connection;
    private final RecordStore store;

    public IndicatorComputationService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** A computed indicator of a contract. */
    record ComputedIndicator(int id, int clientId, int orgId, String name, ComputedMeasure measure,
            int establishmentId) {
        String label() {
            return name == null || name.isBlank() ? "n° " + id : name;
        }
    }

    /** An existing yearly value. */
    record StoredValue(int id, BigDecimal actual, BigDecimal computed, boolean isComputed) {
    }

    /**
     * @param clientId     the session's client; 0 (System) computes every client's contracts
     * @param contractId   one contract, 0 for every open contract of the client(s)
     * @param fiscalYear   one year, null for every year up to the last closed or posted one
     * @param acctSchemaId the accounting schema, 0 for each client's primary schema
     * @param today        the day of the run (DateComputed, automatic period control)
     */
    public ProcessLog compute(int clientId, int contractId, Integer fiscalYear, int acctSchemaId, LocalDate today)
            throws SQLException {
        Counts counts = new Counts();
        List<Localizable> lines = new ArrayList<>();
        for (Contract contract : contracts(clientId, contractId)) {
            computeContract(contract, fiscalYear, acctSchemaId, today, counts, lines);
        }
        return new ProcessLog(ProcessResult.of(MessageKeys.PROCESS_INDICATORS_COMPUTED, counts.created + counts.updated,
                counts.created, counts.updated, counts.kept, counts.noData), lines);
    }

    private static final class Counts {
        int created;
        int updated;
        int kept;
        int noData;
    }

    private List<Contract> contracts(int clientId, int contractId) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        String sql = "SELECT c.CPOM_Contract_ID FROM CPOM_Contract c WHERE c.IsActive='Y' AND c.DocStatus IN ('DR','IP','CO')"
                + (clientId > 0 ? " AND c.AD_Client_ID=?" : "") + (contractId > 0 ? " AND c.CPOM_Contract_ID=?" : "")
                + " AND EXISTS (SELECT 1 FROM CPOM_Indicator i WHERE i.CPOM_Contract_ID=c.CPOM_Contract_ID "
                + "AND i.IsActive='Y' AND i.IndicatorSource='C') ORDER BY c.CPOM_Contract_ID";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int n = 0;
            if (clientId > 0) {
                ps.setInt(++n, clientId);
            }
            if (contractId > 0) {
                ps.setInt(++n, contractId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        List<Contract> contracts = new ArrayList<>();
        for (int id : ids) {
            Contract c = ContractBooks.contract(connection, id);
            if (c != null && c.docStatus() != null && OPEN_STATUSES.contains(c.docStatus().code())
                    && c.dateFrom() != null && c.dateTo() != null) {
                contracts.add(c);
            }
        }
        return contracts;
    }

    private void computeContract(Contract contract, Integer fiscalYear, int acctSchemaId, LocalDate today,
            Counts counts, List<Localizable> lines) throws SQLException {
        List<ComputedIndicator> indicators = indicators(contract.id());
        if (indicators.isEmpty()) {
            return;
        }
        List<Integer> contractYears = ContractPeriod.years(contract);
        int lastYear = fiscalYear != null ? fiscalYear : ContractPeriod.lastYear(contract);
        ContractBooks books = ContractBooks.load(connection, contract, acctSchemaId, lastYear);
        List<ActivityRecord> activity = activity(contract.id());
        List<Integer> years = new ArrayList<>();
        if (fiscalYear != null) {
            if (contractYears.contains(fiscalYear)) {
                years.add(fiscalYear);
            }
        } else {
            int bound = books.lastPostedYear();
            for (int y : contractYears) {
                if (y > bound && PeriodStatus.isYearClosed(connection, contract.clientId(), y, today)) {
                    bound = y;
                }
            }
            for (ActivityRecord r : activity) {
                if (r.actual() != null) {
                    bound = Math.max(bound, r.fiscalYear());
                }
            }
            for (int y : contractYears) {
                if (y <= bound) {
                    years.add(y);
                }
            }
        }
        Map<String, StoredValue> stored = storedValues(contract.id());
        Map<Integer, ErrdStatement> statements = new HashMap<>();
        Timestamp now = Dates.toTimestamp(today);
        for (int year : years) {
            for (ComputedIndicator indicator : indicators) {
                BigDecimal value = indicator.measure().isLedger()
                        ? ledgerValue(books, statements, indicator, year)
                        : activityValue(activity, indicator, year);
                if (value == null) {
                    counts.noData++;
                    lines.add(Violation.of(MessageKeys.PROCESS_INDICATOR_NO_DATA, null, indicator.label(), year));
                    continue;
                }
                write(indicator, year, value, stored.get(indicator.id() + "|" + year), now, counts, lines);
            }
        }
    }

    private void write(ComputedIndicator indicator, int year, BigDecimal value, StoredValue existing, Timestamp now,
            Counts counts, List<Localizable> lines) {
        if (existing == null) {
            store.insert("CPOM_IndicatorValue", JdbcRecordStore.columns("AD_Client_ID", indicator.clientId(),
                    "AD_Org_ID", indicator.orgId(), "CPOM_Indicator_ID", indicator.id(), "FiscalYear", year,
                    "ComputedValue", value, "ActualValue", value, "IsComputed", true, "DateComputed", now));
            counts.created++;
            return;
        }
        Map<String, Object> values = JdbcRecordStore.columns("ComputedValue", value, "DateComputed", now);
        if (existing.actual() == null || existing.isComputed()) {
            values.put("ActualValue", value);
            values.put("IsComputed", true);
        } else if (existing.actual().compareTo(value) == 0) {
            values.put("IsComputed", true); // the typed value is the computed one
        } else {
            counts.kept++;
            lines.add(Violation.of(MessageKeys.PROCESS_INDICATOR_TYPED_KEPT, null, indicator.label(), year,
                    existing.actual(), value));
        }
        store.update("CPOM_IndicatorValue", existing.id(), values);
        counts.updated++;
    }

    private static BigDecimal ledgerValue(ContractBooks books, Map<Integer, ErrdStatement> statements,
            ComputedIndicator indicator, int year) {
        Set<Integer> orgs;
        ErrdPart part = null;
        boolean attainment = indicator.measure() == ComputedMeasure.REVENUE_ATTAINMENT
                || indicator.measure() == ComputedMeasure.EXPENSE_ATTAINMENT;
        if (attainment) {
            ErrdStatement statement = statements.computeIfAbsent(year, y -> ErrdStatement.build(y,
                    books.flows(y, null), books.perimeter(), books.budgetLines(), false));
            part = indicator.establishmentId() > 0
                    ? statement.establishment(indicator.establishmentId()).orElse(null)
                    : statement.consolidated();
            if (part == null) {
                return null;
            }
        }
        if (indicator.establishmentId() > 0) {
            int org = books.perimeter().stream().filter(e -> e.establishmentId() == indicator.establishmentId())
                    .mapToInt(e -> e.orgId()).findFirst().orElse(0);
            if (org <= 0) {
                return null;
            }
            orgs = Set.of(org);
        } else {
            orgs = books.perimeterOrgs();
        }
        List<LedgerBalance> flows = books.flows(year, orgs);
        if (flows.isEmpty()) {
            return null; // no posting of the scope in the year: nothing to compute, not a zero
        }
        return FinancialAnalysis.compute(flows, books.closing(year, orgs), part)
                .measure(indicator.measure().ledger());
    }

    /** The core's activity measure over the year's row of the establishment, or every row of the perimeter. */
    static BigDecimal activityValue(List<ActivityRecord> activity, ComputedIndicator indicator, int year) {
        ActivityMeasure measure = ActivityMeasure.fromCode(indicator.measure().code());
        List<ActivityRecord> rows = activity.stream().filter(r -> r.fiscalYear() == year
                && (indicator.establishmentId() <= 0 || r.establishmentId() == indicator.establishmentId())).toList();
        return measure == null || rows.isEmpty() ? null : measure.value(rows);
    }

    private List<ComputedIndicator> indicators(int contractId) throws SQLException {
        List<ComputedIndicator> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT i.CPOM_Indicator_ID, i.AD_Client_ID, i.AD_Org_ID, i.Name, i.ComputedMeasure, "
                        + "COALESCE(i.CPOM_Establishment_ID, 0) FROM CPOM_Indicator i WHERE i.CPOM_Contract_ID=? "
                        + "AND i.IsActive='Y' AND i.IndicatorSource='C' ORDER BY i.CPOM_Indicator_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ComputedMeasure m = CoreMapping.decodeOrNull(ComputedMeasure.class, rs.getString(5));
                    if (m != null) {
                        list.add(new ComputedIndicator(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), m,
                                rs.getInt(6)));
                    }
                }
            }
        }
        return list;
    }

    private Map<String, StoredValue> storedValues(int contractId) throws SQLException {
        Map<String, StoredValue> map = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT v.CPOM_IndicatorValue_ID, v.CPOM_Indicator_ID, v.FiscalYear, v.ActualValue, v.ComputedValue, "
                        + "v.IsComputed FROM CPOM_IndicatorValue v JOIN CPOM_Indicator i "
                        + "ON i.CPOM_Indicator_ID=v.CPOM_Indicator_ID WHERE i.CPOM_Contract_ID=? "
                        + "AND i.IndicatorSource='C'")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getInt(2) + "|" + rs.getInt(3), new StoredValue(rs.getInt(1), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), "Y".equals(rs.getString(6))));
                }
            }
        }
        return map;
    }

    private List<ActivityRecord> activity(int contractId) throws SQLException {
        List<ActivityRecord> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT a.CPOM_Activity_ID, a.CPOM_Establishment_ID, a.FiscalYear, a.ActivityUnit, a.ActivityTarget, "
                        + "a.ActivityActual, a.ActivityToDate, a.MeasureDate, a.CapacityInstalled, a.OpeningDays, "
                        + "a.AdmissionsQty, a.ModulationThreshold, a.DotationAmt FROM CPOM_Activity a "
                        + "WHERE a.CPOM_Contract_ID=? AND a.IsActive='Y' ORDER BY a.CPOM_Activity_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int openingDays = rs.getInt(10);
                    Integer opening = rs.wasNull() ? null : openingDays;
                    list.add(new ActivityRecord(rs.getInt(1), contractId, rs.getInt(2), rs.getInt(3),
                            CoreMapping.decodeOrNull(ActivityUnit.class, rs.getString(4)), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), Dates.toLocalDate(rs.getTimestamp(8)),
                            rs.getBigDecimal(9), opening, rs.getBigDecimal(11), rs.getBigDecimal(12),
                            rs.getBigDecimal(13), null));
                }
            }
        }
        return list;
    }
}
