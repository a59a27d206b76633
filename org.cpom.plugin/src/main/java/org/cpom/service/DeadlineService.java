package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cpom.adapter.ActivitySql;
import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.activity.ModulationRule;
import org.cpom.core.calendar.CalendarInput;
import org.cpom.core.calendar.Deadline;
import org.cpom.core.calendar.DeadlineCalendarSettings;
import org.cpom.core.calendar.DeadlineGenerator;
import org.cpom.core.calendar.DeadlinePlan;
import org.cpom.core.calendar.DeadlineType;
import org.cpom.core.calendar.Responsible;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_GenerateDeadlines, and the recomputation after a change of the contract's period, perimeter or action
 * sheets: reads the contract, generates its deadlines with the core ({@link DeadlineGenerator}, names in the
 * client's language so that a recomputation by a user of another language changes nothing), merges them with the
 * stored ones by DeadlineKey ({@link DeadlinePlan#merge}: done and user rows kept) and writes the plan through the
 * {@link RecordStore}, so every row passes the CPOM_Deadline save rules. A generated deadline the contract no longer
 * produces is deactivated, not deleted: its alerts keep pointing to it, and it comes back (reactivated) if the
 * contract produces it again.
 */
public final class DeadlineService {

    private static final String TABLE = "CPOM_Deadline";

    private final Connection connection;
    private final RecordStore store;
    private final Function<String, String> config;

    /**
     * @param config the calendar settings' configuration (AD_SysConfig by name, {@link DeadlineCalendarSettings});
     *               a function answering null for every name gives the documented defaults
     */
    public DeadlineService(Connection connection, RecordStore store, Function<String, String> config) {
        this.connection = connection;
        this.store = store;
        this.config = config;
    }

    /** What one generation did. */
    public record Outcome(Contract contract, int created, int updated, int withdrawn, int kept) {
        public ProcessResult result() {
            return ProcessResult.of(MessageKeys.PROCESS_DEADLINES_GENERATED, contract.label(), created, updated,
                    withdrawn, kept);
        }
    }

    /** Generates and stores the contract's calendar; the summary names the counts. */
    public ProcessResult generate(int contractId, LocalDate today) throws SQLException {
        return generateCalendar(contractId, today).result();
    }

    /**
     * Recomputes the calendar of a contract that has one (at least one generated deadline, active or not); a
     * contract whose calendar was never generated is left alone. Returns null when nothing was done.
     */
    public Outcome recomputeIfCalendar(int contractId, LocalDate today) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM CPOM_Deadline WHERE "
                + "CPOM_Contract_ID=? AND IsGenerated='Y' LIMIT 1")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
            }
        }
        return generateCalendar(contractId, today);
    }

    public Outcome generateCalendar(int contractId, LocalDate today) throws SQLException {
        Contract contract = ContractSql.load(connection, contractId).orElseThrow(
                () -> new SQLException("No CPOM_Contract record with id " + contractId));
        Header header = header(contractId);
        List<PerimeterMember> perimeter = perimeter(contractId);
        // the EPRD of an L313-11 / L313-11-2 contract is the managing body's request (CPOM_Contract.IsEPRDRequested)
        CalendarInput input = new CalendarInput(contract, perimeter, actionSheets(contractId), indicators(contractId),
                header.eprdRequested(), Map.of(), risks(contract, header, perimeter));
        DeadlineCalendarSettings settings = DeadlineCalendarSettings.fromConfig(config);
        List<Deadline> generated = DeadlineGenerator.generate(input, settings, header.language);
        List<Deadline> active = new ArrayList<>();
        Map<String, Integer> inactiveByKey = new HashMap<>();
        for (Stored s : stored(contractId)) {
            if (s.active) {
                active.add(s.deadline);
            } else if (s.deadline.key() != null) {
                inactiveByKey.putIfAbsent(s.deadline.key(), s.deadline.id());
            }
        }
        DeadlinePlan plan = DeadlinePlan.merge(active, generated);
        int created = 0;
        for (Deadline d : plan.inserts()) {
            Map<String, Object> values = content(d, today);
            Integer inactive = inactiveByKey.get(d.key());
            if (inactive != null) {
                values.put("IsActive", true); // the key is unique per contract: the withdrawn row comes back
                values.remove("DeadlineKey");
                values.remove("IsGenerated");
                store.update(TABLE, inactive, values);
            } else {
                values.put("AD_Client_ID", header.clientId);
                values.put("AD_Org_ID", header.orgId);
                values.put("CPOM_Contract_ID", contractId);
                store.insert(TABLE, values);
            }
            created++;
        }
        for (DeadlinePlan.Update u : plan.updates()) {
            Map<String, Object> values;
            if (u.target().done() && !u.existing().done()) {
                values = new LinkedHashMap<>();
                values.put("IsDone", true);
                values.put("DateDone", u.target().dateDone() != null ? u.target().dateDone() : today);
            } else {
                values = content(u.target(), today);
                values.remove("DeadlineKey");
                values.remove("IsGenerated");
            }
            store.update(TABLE, u.existing().id(), values);
        }
        for (Deadline d : plan.removals()) {
            store.update(TABLE, d.id(), Map.of("IsActive", false));
        }
        return new Outcome(contract, created, plan.updates().size(), plan.removals().size(), plan.kept().size());
    }

    /** The stored columns of a generated deadline. */
    private static Map<String, Object> content(Deadline d, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("DeadlineKey", d.key());
        m.put("IsGenerated", true);
        m.put("DeadlineType", d.type());
        m.put("FiscalYear", d.fiscalYear());
        m.put("Name", d.name());
        m.put("DueDate", d.dueDate());
        m.put("LegalReference", d.legalReference());
        m.put("Responsible", d.responsible());
        m.put("Responsible_User_ID", d.userId() > 0 ? d.userId() : null);
        m.put("CPOM_Establishment_ID", d.establishmentId() > 0 ? d.establishmentId() : null);
        m.put("CPOM_ActionSheet_ID", d.actionSheetId() > 0 ? d.actionSheetId() : null);
        m.put("Amount", d.amount());
        if (d.done()) {
            m.put("IsDone", true);
            m.put("DateDone", d.dateDone() != null ? d.dateDone() : today);
        }
        return m;
    }

    /** What the generator needs of the header beyond {@link ContractSql}. */
    private record Header(int clientId, int orgId, Language language, ModulationRule rule, BigDecimal threshold,
            boolean eprdRequested) {
    }

    private Header header(int contractId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT c.AD_Client_ID, c.AD_Org_ID, "
                + "cl.AD_Language, c.ModulationRule, c.ModulationThreshold, c.IsEPRDRequested FROM CPOM_Contract c "
                + "LEFT JOIN AD_Client cl ON cl.AD_Client_ID=c.AD_Client_ID WHERE c.CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Header(rs.getInt(1), rs.getInt(2), Language.of(rs.getString(3)),
                        CoreMapping.decodeOrNull(ModulationRule.class, rs.getString(4)), rs.getBigDecimal(5),
                        "Y".equals(rs.getString(6)));
            }
        }
    }

    private List<PerimeterMember> perimeter(int contractId) throws SQLException {
        List<PerimeterMember> members = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT ce.CPOM_Establishment_ID, e.Name, fc.Value, "
                + "e.TariffAuthority, ce.DateJoined, ce.DateLeft FROM CPOM_ContractEstablishment ce "
                + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID "
                + "LEFT JOIN CPOM_FinessCategory fc ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID "
                + "WHERE ce.CPOM_Contract_ID=? AND ce.IsActive='Y' ORDER BY ce.CPOM_Establishment_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new PerimeterMember(rs.getInt(1), rs.getString(2), rs.getString(3),
                            CoreMapping.decodeOrNull(TariffAuthority.class, rs.getString(4)),
                            Dates.toLocalDate(rs.getTimestamp(5)), Dates.toLocalDate(rs.getTimestamp(6))));
                }
            }
        }
        return members;
    }

    private List<ActionSheet> actionSheets(int contractId) throws SQLException {
        List<ActionSheet> sheets = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_ActionSheet_ID, Value, Name, DueDate, "
                + "ActionStatus, AD_User_ID FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? AND IsActive='Y' "
                + "ORDER BY CPOM_ActionSheet_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sheets.add(new ActionSheet(rs.getInt(1), contractId, 0, rs.getString(2), rs.getString(3), null,
                            null, rs.getInt(6), null, null, Dates.toLocalDate(rs.getTimestamp(4)),
                            CoreMapping.decodeOrNull(ActionStatus.class, rs.getString(5)), null, null, null, null));
                }
            }
        }
        return sheets;
    }

    private List<Indicator> indicators(int contractId) throws SQLException {
        List<Indicator> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_Indicator_ID, CPOM_ActionSheet_ID, Name, "
                + "IsActive FROM CPOM_Indicator WHERE CPOM_Contract_ID=? ORDER BY CPOM_Indicator_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Indicator(rs.getInt(1), contractId, rs.getInt(2), rs.getString(3), null, null, null,
                            null, null, null, "Y".equals(rs.getString(4))));
                }
            }
        }
        return list;
    }

    /** The modulation assessment of every activity row (MODU deadlines for those at risk). */
    private List<ModulationRisk.Assessment> risks(Contract contract, Header header, List<PerimeterMember> perimeter)
            throws SQLException {
        Map<Integer, PerimeterMember> members = new HashMap<>();
        perimeter.forEach(m -> members.put(m.establishmentId(), m));
        List<ModulationRisk.Assessment> risks = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + ActivitySql.COLUMNS
                + ", (SELECT SUM(b.Amount) FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID=a.CPOM_Contract_ID "
                + "AND b.CPOM_Establishment_ID=a.CPOM_Establishment_ID AND b.FiscalYear=a.FiscalYear "
                + "AND b.FunctionalGroup='P1' AND b.IsActive='Y') FROM CPOM_Activity a "
                + "WHERE a.CPOM_Contract_ID=? AND a.IsActive='Y' ORDER BY a.CPOM_Establishment_ID, a.FiscalYear")) {
            ps.setInt(1, contract.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ActivityRecord a = ActivitySql.read(rs);
                    PerimeterMember m = members.get(a.establishmentId());
                    if (m != null && a.unit() != null) {
                        risks.add(ModulationRisk.assess(contract.legalBasis(), header.rule, header.threshold, m, a,
                                rs.getBigDecimal(ActivitySql.COLUMN_COUNT + 1)));
                    }
                }
            }
        }
        return risks;
    }

    private record Stored(Deadline deadline, boolean active) {
    }

    private List<Stored> stored(int contractId) throws SQLException {
        List<Stored> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_Deadline_ID, DeadlineKey, DeadlineType, "
                + "FiscalYear, Name, DueDate, LegalReference, Responsible, Responsible_User_ID, CPOM_Establishment_ID, "
                + "CPOM_ActionSheet_ID, Amount, IsDone, DateDone, IsActive FROM CPOM_Deadline WHERE CPOM_Contract_ID=? "
                + "ORDER BY CPOM_Deadline_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    DeadlineType type = CoreMapping.decodeOrNull(DeadlineType.class, rs.getString(3));
                    list.add(new Stored(new Deadline(rs.getInt(1), key, type == null ? DeadlineType.USER : type,
                            rs.getInt(4), rs.getString(5), Dates.toLocalDate(rs.getTimestamp(6)), rs.getString(7),
                            CoreMapping.decodeOrNull(Responsible.class, rs.getString(8)), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), indicatorOf(key), rs.getBigDecimal(12), "Y".equals(rs.getString(13)),
                            Dates.toLocalDate(rs.getTimestamp(14))), "Y".equals(rs.getString(15))));
                }
            }
        }
        return list;
    }

    /** The indicator an INDV deadline is about: the table has no indicator column, its key names it. */
    static int indicatorOf(String key) {
        if (key == null || !key.startsWith(DeadlineType.INDICATOR_VALUES.code() + "/")) {
            return 0;
        }
        String[] parts = key.split("/");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
