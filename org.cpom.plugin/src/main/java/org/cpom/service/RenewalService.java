package org.cpom.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.contract.RenewalPlanner;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Axis;
import org.cpom.core.model.Contract;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.Priority;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordStore;

/**
 * CPOM_RenewContract: the core plans the follow-up contract (period, perimeter, axes, open action sheets); this
 * service reads the old contract's children and saves the new records through the store.
 */
public final class RenewalService {

    private final Connection connection;
    private final RecordStore store;

    public RenewalService(Connection connection, RecordStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** Returns the summary; the new contract's id is {@code args[1]}'s record, see {@link #lastContractId}. */
    public ProcessResult renew(int contractId) throws SQLException {
        Contract old = ContractSql.load(connection, contractId).orElseThrow(
                () -> new SQLException("No CPOM_Contract record with id " + contractId));
        RenewalPlanner.check(old).throwIfInvalid();
        int orgId = intValue("SELECT AD_Org_ID FROM CPOM_Contract WHERE CPOM_Contract_ID=?", contractId);
        List<PerimeterLine> perimeter = new ArrayList<>();
        Map<Integer, Integer> orgOfLine = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_ContractEstablishment_ID, "
                + "CPOM_Establishment_ID, DateJoined, DateLeft, AD_Org_ID FROM CPOM_ContractEstablishment "
                + "WHERE CPOM_Contract_ID=? AND IsActive='Y' ORDER BY CPOM_ContractEstablishment_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perimeter.add(new PerimeterLine(rs.getInt(1), contractId, rs.getInt(2),
                            Dates.toLocalDate(rs.getTimestamp(3)), Dates.toLocalDate(rs.getTimestamp(4))));
                    orgOfLine.putIfAbsent(rs.getInt(2), rs.getInt(5));
                }
            }
        }
        List<Axis> axes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_Axis_ID, SeqNo, Name, Description "
                + "FROM CPOM_Axis WHERE CPOM_Contract_ID=? AND IsActive='Y' ORDER BY SeqNo, CPOM_Axis_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    axes.add(new Axis(rs.getInt(1), contractId, rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<ActionSheet> sheets = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CPOM_ActionSheet_ID, CPOM_Axis_ID, Value, "
                + "Name, Objective, Actions, AD_User_ID, Partners, StartDate, DueDate, ActionStatus, AbandonReason, "
                + "Progress, MeansAmt, Priority FROM CPOM_ActionSheet WHERE CPOM_Contract_ID=? AND IsActive='Y' "
                + "ORDER BY Value, CPOM_ActionSheet_ID")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sheets.add(new ActionSheet(rs.getInt(1), contractId, rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8),
                            Dates.toLocalDate(rs.getTimestamp(9)), Dates.toLocalDate(rs.getTimestamp(10)),
                            CoreMapping.decodeOrNull(ActionStatus.class, rs.getString(11)), rs.getString(12),
                            rs.getBigDecimal(13), rs.getBigDecimal(14),
                            CoreMapping.decodeOrNull(Priority.class, rs.getString(15))));
                }
            }
        }
        RenewalPlanner.Plan plan = RenewalPlanner.plan(old, perimeter, axes, sheets);
        Contract n = plan.contract();
        int newId = store.insert("CPOM_Contract", JdbcRecordStore.columns("AD_Org_ID", orgId, "Name", n.name(),
                "Description", n.description(), "LegalBasis", n.legalBasis(), "ManagingBody_BPartner_ID",
                positiveOrNull(n.managingBodyBPartnerId()), "ARS_BPartner_ID", positiveOrNull(n.arsBPartnerId()),
                "Departement_BPartner_ID", positiveOrNull(n.departementBPartnerId()), "DateFrom", n.dateFrom(),
                "DateTo", n.dateTo(), "IsExtended", false, "TotalAmt", n.totalAmt(), "C_Currency_ID",
                positiveOrNull(n.currencyId()), "SharedDiagnosis", n.sharedDiagnosis(), "DocStatus", "DR",
                "DocAction", "CO", "Processed", false, "Processing", false));
        for (int establishmentId : plan.establishmentIds()) {
            store.insert("CPOM_ContractEstablishment", JdbcRecordStore.columns("AD_Org_ID",
                    orgOfLine.getOrDefault(establishmentId, orgId), "CPOM_Contract_ID", newId,
                    "CPOM_Establishment_ID", establishmentId, "DateJoined", n.dateFrom()));
        }
        Map<Integer, Integer> newAxisOf = new HashMap<>();
        for (Axis a : plan.axes()) {
            newAxisOf.put(a.id(), store.insert("CPOM_Axis", JdbcRecordStore.columns("AD_Org_ID", orgId,
                    "CPOM_Contract_ID", newId, "SeqNo", a.seqNo(), "Name", a.name(), "Description", a.description())));
        }
        for (ActionSheet s : plan.actionSheets()) {
            store.insert("CPOM_ActionSheet", JdbcRecordStore.columns("AD_Org_ID", orgId, "CPOM_Contract_ID", newId,
                    "CPOM_Axis_ID", newAxisOf.getOrDefault(s.axisId(), 0), "Value", s.value(), "Name", s.name(),
                    "Objective", s.objective(), "Actions", s.actions(), "AD_User_ID",
                    positiveOrNull(s.pilotUserId()), "Partners", s.partners(), "ActionStatus", s.actionStatus(),
                    "Progress", s.progress(), "MeansAmt", s.meansAmt(), "Priority", s.priority()));
        }
        String newLabel = stringValue("SELECT COALESCE(DocumentNo, Name) FROM CPOM_Contract WHERE CPOM_Contract_ID=?",
                newId);
        return ProcessResult.of(MessageKeys.PROCESS_CONTRACT_RENEWED, old.label(), newLabel, n.dateFrom(),
                n.dateTo(), plan.establishmentIds().size(), plan.axes().size(), plan.actionSheets().size(), newId);
    }

    /** Id of the contract created by a {@link #renew} result. */
    public static int lastContractId(ProcessResult result) {
        return (Integer) result.args().get(7);
    }

    private static Integer positiveOrNull(int id) {
        return id > 0 ? id : null;
    }

    private int intValue(String sql, int id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private String stringValue(String sql, int id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "#" + id;
            }
        }
    }
}
