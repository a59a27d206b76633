package org.cpom.service;

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

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.calendar.AlertLeadDays;
import org.cpom.core.calendar.AlertPlanner;
import org.cpom.core.calendar.Deadline;
import org.cpom.core.calendar.DeadlineType;
import org.cpom.core.calendar.Responsible;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Deadline;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_SendDeadlineAlerts: for each contract with open deadlines, plans the alerts of the day with the core
 * ({@link AlertPlanner}: the contract's AlertLeadDays, one alert per deadline, recipient and lead stage, an overdue
 * one to the manager too) and creates, for each, an iDempiere notice and the CPOM_DeadlineAlert row that remembers
 * it, so a second run creates nothing and a done deadline gets no more. The notice is what iDempiere shows on the
 * dashboard and in the Notice window: AD_Note with the AD_Message of the alert text, the recipient (AD_User_ID), the
 * deadline (AD_Table_ID, Record_ID), the subject (Reference) and the text (TextMsg) in the recipient's language.
 * <p>
 * The recipient's language is chosen as iDempiere chooses it for a mail template (MMailText.translate): the
 * AD_Language of the user's business partner (AD_User.C_BPartner_ID) when set, else the client's language
 * (MClient.getAD_Language, the base language en_US when empty). AD_User has no language column in release 12.
 * <p>
 * Run in client System (the shipped scheduler), it serves every tenant; each notice and alert row belongs to the
 * contract's client (PO.checkCrossTenant lets a System process write them). Run in a tenant, only that tenant.
 */
public final class AlertService {

    private final Connection connection;
    private final RecordStore store;
    /** Per run: recipient → language, message key → AD_Message_ID (no state outlives the run). */
    private final Map<Integer, Language> languages = new HashMap<>();
    private final Map<String, Integer> messages = new HashMap<>();

    public AlertService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    /**
     * @param sessionClientId the process's client: 0 (System) serves every client, else only that one
     * @param contractId      one contract, or 0 for all
     */
    public ProcessResult send(int sessionClientId, int contractId, LocalDate today) throws SQLException {
        int alerts = 0;
        int contracts = 0;
        int unassigned = 0;
        ValidationResult.Builder problems = ValidationResult.builder();
        for (ContractHeader h : contracts(sessionClientId, contractId)) {
            ValidationResult leadProblems = AlertLeadDays.validate(h.label, h.leadDays);
            if (leadProblems.hasErrors()) {
                for (var v : leadProblems.violations()) {
                    problems.warn(v.messageKey(), v.field(), v.args().toArray());
                }
                continue; // one contract's bad setting must not stop the alerts of the others
            }
            AlertPlanner.AlertPlan plan = AlertPlanner.plan(h.label, deadlines(h.id), h.users,
                    AlertLeadDays.parse(h.label, h.leadDays), today, sent(h.id));
            for (AlertPlanner.PlannedAlert a : plan.alerts()) {
                notify(h, a);
                alerts++;
            }
            unassigned += plan.unassigned().size();
            if (!plan.alerts().isEmpty()) {
                contracts++;
            }
        }
        return ProcessResult.of(MessageKeys.PROCESS_ALERTS_SENT, alerts, contracts, unassigned)
                .withWarnings(problems.build());
    }

    /** One notice in the recipient's language and the alert row pointing to it. */
    private void notify(ContractHeader h, AlertPlanner.PlannedAlert a) throws SQLException {
        Language language = languageOf(a.userId(), h.clientId);
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("AD_Client_ID", h.clientId);
        note.put("AD_Org_ID", 0);
        note.put("AD_Message_ID", messageId(a.messageKey()));
        note.put("AD_User_ID", a.userId());
        note.put("AD_Table_ID", I_CPOM_Deadline.Table_ID);
        note.put("Record_ID", a.deadline().id());
        note.put("Reference", cut(a.subject(language), 255));
        note.put("TextMsg", cut(a.text(language), 2000));
        int noteId = store.insert("AD_Note", note);
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("AD_Client_ID", h.clientId);
        alert.put("AD_Org_ID", h.orgId);
        alert.put("CPOM_Deadline_ID", a.deadline().id());
        alert.put("Recipient_User_ID", a.userId());
        alert.put("LeadDays", a.leadDays());
        alert.put("AD_Note_ID", noteId);
        store.insert("CPOM_DeadlineAlert", alert);
    }

    /** The recipient's language: its business partner's, else the client's, else the base language. */
    Language languageOf(int userId, int clientId) throws SQLException {
        Language cached = languages.get(userId);
        if (cached != null) {
            return cached;
        }
        String code = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(bp.AD_Language, cl.AD_Language) "
                + "FROM AD_User u LEFT JOIN C_BPartner bp ON bp.C_BPartner_ID=u.C_BPartner_ID "
                + "LEFT JOIN AD_Client cl ON cl.AD_Client_ID=? WHERE u.AD_User_ID=?")) {
            ps.setInt(1, clientId);
            ps.setInt(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    code = rs.getString(1);
                }
            }
        }
        Language language = Language.of(code == null || code.isBlank() ? Language.EN.adLanguage() : code);
        languages.put(userId, language);
        return language;
    }

    private int messageId(String key) throws SQLException {
        Integer cached = messages.get(key);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT AD_Message_ID FROM AD_Message WHERE Value=?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // the 2Pack ships every CPOM_ message; without it the notice cannot be filed
                    throw new SQLException("AD_Message " + key + " is not installed (apply the CPOM 2Pack)");
                }
                messages.put(key, rs.getInt(1));
                return rs.getInt(1);
            }
        }
    }

    private record ContractHeader(int id, int clientId, int orgId, String label, String leadDays,
            AlertPlanner.ContractUsers users) {
    }

    private List<ContractHeader> contracts(int sessionClientId, int contractId) throws SQLException {
        String sql = "SELECT c.CPOM_Contract_ID, c.AD_Client_ID, c.AD_Org_ID, c.DocumentNo, c.AlertLeadDays, "
                + "c.Manager_User_ID, c.Accountant_User_ID FROM CPOM_Contract c WHERE c.IsActive='Y' "
                + "AND c.DocStatus NOT IN ('VO','CL') AND EXISTS (SELECT 1 FROM CPOM_Deadline d "
                + "WHERE d.CPOM_Contract_ID=c.CPOM_Contract_ID AND d.IsActive='Y' AND d.IsDone='N')"
                + (sessionClientId > 0 ? " AND c.AD_Client_ID=?" : "") + (contractId > 0 ? " AND c.CPOM_Contract_ID=?" : "")
                + " ORDER BY c.AD_Client_ID, c.CPOM_Contract_ID";
        List<ContractHeader> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            if (sessionClientId > 0) {
                ps.setInt(++i, sessionClientId);
            }
            if (contractId > 0) {
                ps.setInt(++i, contractId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String documentNo = rs.getString(4);
                    list.add(new ContractHeader(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                            documentNo == null || documentNo.isBlank() ? "#" + rs.getInt(1) : documentNo,
                            rs.getString(5), new AlertPlanner.ContractUsers(rs.getInt(6), rs.getInt(7))));
                }
            }
        }
        return list;
    }

    private List<Deadline> deadlines(int contractId) throws SQLException {
        List<Deadline> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_Deadline_ID, DeadlineKey, DeadlineType, "
                + "FiscalYear, Name, DueDate, LegalReference, Responsible, Responsible_User_ID, CPOM_Establishment_ID, "
                + "CPOM_ActionSheet_ID, Amount, IsDone, DateDone FROM CPOM_Deadline WHERE CPOM_Contract_ID=? "
                + "AND IsActive='Y' ORDER BY DueDate, CPOM_Deadline_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DeadlineType type = CoreMapping.decodeOrNull(DeadlineType.class, rs.getString(3));
                    list.add(new Deadline(rs.getInt(1), rs.getString(2), type == null ? DeadlineType.USER : type,
                            rs.getInt(4), rs.getString(5), Dates.toLocalDate(rs.getTimestamp(6)), rs.getString(7),
                            CoreMapping.decodeOrNull(Responsible.class, rs.getString(8)), rs.getInt(9), rs.getInt(10),
                            rs.getInt(11), DeadlineService.indicatorOf(rs.getString(2)), rs.getBigDecimal(12),
                            "Y".equals(rs.getString(13)), Dates.toLocalDate(rs.getTimestamp(14))));
                }
            }
        }
        return list;
    }

    private List<AlertPlanner.SentAlert> sent(int contractId) throws SQLException {
        List<AlertPlanner.SentAlert> list = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.CPOM_Deadline_ID, d.DeadlineKey, "
                + "a.Recipient_User_ID, a.LeadDays FROM CPOM_DeadlineAlert a JOIN CPOM_Deadline d "
                + "ON d.CPOM_Deadline_ID=a.CPOM_Deadline_ID WHERE d.CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new AlertPlanner.SentAlert(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return list;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
