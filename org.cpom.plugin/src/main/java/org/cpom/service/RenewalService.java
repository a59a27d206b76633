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
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.rule.Violation;
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

    /**
     * The legal basis proposed for the renewal: the one the law gives today to the establishments still in the
     * perimeter at the end of the contract (their FINESS category and tariff authority), with its reason.
     */
    public RenewalPlanner.LegalBasisProposal proposeLegalBasis(int contractId) throws SQLException {
        Contract old = ContractSql.load(connection, contractId).orElseThrow(
                () -> new SQLException("No CPOM_Contract record with id " + contractId));
        return RenewalPlanner.proposeLegalBasis(old, stillIn(old));
    }

    /** Establishments in the perimeter at the contract's end, with what the contract-kind rules need. */
    private List<PerimeterMember> stillIn(Contract old) throws SQLException {
        List<PerimeterMember> members = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT ce.CPOM_Establishment_ID, e.Name, fc.Value, "
                + "e.TariffAuthority, ce.DateJoined, ce.DateLeft FROM CPOM_ContractEstablishment ce "
                + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID "
                + "LEFT JOIN CPOM_FinessCategory fc ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID "
                + "WHERE ce.CPOM_Contract_ID=? AND ce.IsActive='Y' ORDER BY ce.CPOM_ContractEstablishment_ID")) {
            ps.setInt(1, old.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PerimeterMember m = new PerimeterMember(rs.getInt(1), rs.getString(2), rs.getString(3),
                            CoreMapping.decodeOrNull(TariffAuthority.class, rs.getString(4)),
                            Dates.toLocalDate(rs.getTimestamp(5)), Dates.toLocalDate(rs.getTimestamp(6)));
                    if (m.dateLeft() == null || old.dateTo() == null || !m.dateLeft().isBefore(old.dateTo())) {
                        members.add(m);
                    }
                }
            }
        }
        return members;
    }

    /**
     * Creates the follow-up draft under the legal basis the user confirmed. Without one, nothing is created: the
     * refusal gives the basis proposed and why ({@link #proposeLegalBasis}), for the user to confirm it.
     * Returns the summary; the new contract's id is given by {@link #lastContractId}.
     */
    public ProcessResult renew(int contractId, LegalBasis confirmedBasis) throws SQLException {
        Contract old = ContractSql.load(connection, contractId).orElseThrow(
                () -> new SQLException("No CPOM_Contract record with id " + contractId));
        RenewalPlanner.check(old).throwIfInvalid();
        if (confirmedBasis == null) {
            RenewalPlanner.LegalBasisProposal proposal = RenewalPlanner.proposeLegalBasis(old, stillIn(old));
            ValidationResult.of(List.of(Violation.of(MessageKeys.RENEWAL_BASIS_NOT_CONFIRMED, "LegalBasis",
                    old.label()), proposal.reason())).throwIfInvalid();
        }
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
        RenewalPlanner.Plan plan = RenewalPlanner.plan(old, perimeter, axes, sheets, confirmedBasis);
        Contract n = plan.contract();
        int newId = store.insert("CPOM_Contract", JdbcRecordStore.columns("AD_Org_ID", orgId, "Name", n.name(),
                "Description", n.description(), "LegalBasis", n.legalBasis(), "ManagingBody_BPartner_ID",
                positiveOrNull(n.managingBodyBPartnerId()), "ARS_BPartner_ID", positiveOrNull(n.arsBPartnerId()),
                "Departement_BPartner_ID", positiveOrNull(n.departementBPartnerId()), "State_BPartner_ID",
                positiveOrNull(n.stateBPartnerId()), "DateFrom", n.dateFrom(),
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
