package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.service.AmendmentService;
import org.cpom.service.BudgetYearsService;
import org.cpom.service.ContractDocumentSteps.Outcome;
import org.cpom.service.ProcessResult;
import org.cpom.service.RenewalService;
import org.junit.jupiter.api.Test;

/**
 * Done-when: the code the document engine and the processes call takes a contract from draft to in negotiation,
 * signed, amended (ApplyAmendment) and renewed (RenewContract), against PostgreSQL, committing each step.
 */
class ContractLifecycleTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);

    @Test
    void draftToNegotiationToSignedToAmendedToRenewed() throws Exception {
        int contractId;
        try (Connection c = transaction()) {
            JdbcRecordStore store = store(c);
            int e1 = store.insert("CPOM_Establishment", JdbcRecordStore.columns("AD_Org_ID", CpomWorld.ORG_1,
                    "FINESS_EG", Fixtures.withKey("38000201"), "FINESS_EJ", Fixtures.withKey("69000900"), "Name",
                    "ESAT de Grenoble", "CPOM_FinessCategory_ID", CpomWorld.ESAT_CATEGORY_ID, "Departement", "38",
                    "CapacityAuthorised", new BigDecimal("75"), "TariffAuthority", "ARS"));
            int e2 = store.insert("CPOM_Establishment", JdbcRecordStore.columns("AD_Org_ID", CpomWorld.ORG_2,
                    "FINESS_EG", Fixtures.withKey("26000202"), "FINESS_EJ", Fixtures.withKey("69000900"), "Name",
                    "ESAT de Valence", "CPOM_FinessCategory_ID", CpomWorld.ESAT_CATEGORY_ID, "Departement", "26"));
            contractId = store.insert("CPOM_Contract", JdbcRecordStore.columns("Name", "CPOM ESAT Alpes 2025-2029",
                    "LegalBasis", "L122", "ManagingBody_BPartner_ID", 2000, "ARS_BPartner_ID", 2001, "DateFrom",
                    LocalDate.of(2025, 1, 1), "DateTo", LocalDate.of(2029, 6, 30), "TotalAmt", BigDecimal.ZERO,
                    "C_Currency_ID", 102, "DocStatus", "DR", "DocAction", "CO", "Processed", false, "IsExtended",
                    false));
            for (int est : new int[] {e1, e2}) {
                store.insert("CPOM_ContractEstablishment", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                        "CPOM_Establishment_ID", est, "DateJoined", LocalDate.of(2025, 1, 1)));
                store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                        "CPOM_Establishment_ID", est, "FiscalYear", 2025, "Funder", "ARS", "FunctionalGroup", "P1",
                        "BudgetSection", "BPAS", "Amount", new BigDecimal("500000.00")));
            }
            int axis = store.insert("CPOM_Axis", JdbcRecordStore.columns("CPOM_Contract_ID", contractId, "SeqNo", 10,
                    "Name", "Parcours vers le milieu ordinaire"));
            store.insert("CPOM_ActionSheet", JdbcRecordStore.columns("CPOM_Contract_ID", contractId, "CPOM_Axis_ID",
                    axis, "Value", "FA-01", "Name", "Mises à disposition en entreprise", "AD_User_ID",
                    Fixtures.PILOT_USER_ID, "DueDate", LocalDate.of(2027, 6, 30), "ActionStatus", "IP", "Progress",
                    new BigDecimal("10")));
            ProcessResult generated = new BudgetYearsService(c, store).generate(contractId, 2025, new BigDecimal("2"));
            assertThat(generated.render(Language.EN)).startsWith("8 budget lines created");
            // the header's total follows the lines while the contract is a draft: the ARS commits every BPAS line
            assertThat(total(c, contractId)).isEqualByComparingTo(sumP1(c, contractId));
            c.commit();

            JdbcContractDocument document = new JdbcContractDocument(store);
            Outcome prepared = document.processIt(contractId, "PR", TODAY);
            assertThat(prepared.ok()).as(prepared.result().render(Language.EN)).isTrue();
            assertThat(status(c, contractId)).isEqualTo("IP");
            c.commit();

            Outcome signed = document.processIt(contractId, "CO", TODAY);
            assertThat(signed.ok()).as(signed.result().render(Language.EN)).isTrue();
            assertThat(status(c, contractId)).isEqualTo("CO");
            c.commit();

            // a signed contract's end date cannot be edited directly...
            assertThatThrownBy(() -> store.update("CPOM_Contract", contractId,
                    JdbcRecordStore.columns("DateTo", LocalDate.of(2029, 12, 31))))
                    .isInstanceOf(CpomValidationException.class)
                    .satisfies(e -> assertThat(((CpomValidationException) e).result()
                            .hasKey(MessageKeys.CONTRACT_LOCKED_FIELD)).isTrue());
            // ...only through an amendment
            int amendment = store.insert("CPOM_Amendment", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                    "AmendmentNo", 1, "DateDoc", LocalDate.of(2026, 3, 1), "Description", "Avenant n°1",
                    "NewDateTo", LocalDate.of(2029, 12, 31), "AmtChange", new BigDecimal("120000.00"),
                    "Processed", false));
            // the avenant's budget change, entered before it is applied: non-recurring credits of 2026
            store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("CPOM_Contract_ID", contractId,
                    "CPOM_Establishment_ID", e1, "FiscalYear", 2026, "Payer", "AM", "FunctionalGroup", "P2",
                    "BudgetSection", "BPAS", "Amount", new BigDecimal("120000.00")));
            BigDecimal before = total(c, contractId);
            ProcessResult applied = new AmendmentService(c, store).apply(amendment, LocalDate.of(2026, 3, 15));
            assertThat(applied.render(Language.FR)).contains("Avenant").doesNotContain("CPOM_");
            assertThat(total(c, contractId)).isEqualByComparingTo(before.add(new BigDecimal("120000.00")));
            assertThat(dateTo(c, contractId)).isEqualTo(LocalDate.of(2029, 12, 31));
            try (PreparedStatement ps = c.prepareStatement("SELECT Processed, PrevDateTo, PrevTotalAmt "
                    + "FROM CPOM_Amendment WHERE CPOM_Amendment_ID=?")) {
                ps.setInt(1, amendment);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("Y");
                    assertThat(rs.getTimestamp(2).toLocalDateTime().toLocalDate()).isEqualTo(LocalDate.of(2029, 6, 30));
                    assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(before);
                }
            }
            // applying it twice is refused and changes nothing
            String snapshot = CpomWorld.checksum(c);
            assertThatThrownBy(() -> new AmendmentService(c, store).apply(amendment, LocalDate.of(2026, 4, 1)))
                    .isInstanceOf(CpomValidationException.class);
            assertThat(CpomWorld.checksum(c)).isEqualTo(snapshot);
            c.commit();

            // the renewal proposes the legal basis that applies now; the user confirms it
            RenewalService renewal = new RenewalService(c, store);
            ProcessResult renewed = renewal.renew(contractId, renewal.proposeLegalBasis(contractId).proposed());
            int newId = RenewalService.lastContractId(renewed);
            assertThat(renewed.render(Language.EN)).contains("2 establishments, 1 axes and 1 action sheets");
            assertThat(status(c, newId)).isEqualTo("DR");
            assertThat(dateTo(c, newId)).isEqualTo(LocalDate.of(2034, 12, 31));
            assertThat(count(c, "CPOM_ContractEstablishment", newId)).isEqualTo(2);
            assertThat(count(c, "CPOM_Axis", newId)).isEqualTo(1);
            assertThat(count(c, "CPOM_ActionSheet", newId)).isEqualTo(1);
            c.commit();

            // the new draft goes into negotiation with the same code path
            assertThat(document.processIt(newId, "PR", LocalDate.of(2029, 10, 1)).ok()).isTrue();
            c.commit();
        }
        try (Connection c = transaction()) {
            assertThat(status(c, contractId)).isEqualTo("CO");
        }
    }

    static BigDecimal sumP1(Connection c, int contractId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT SUM(Amount) FROM CPOM_BudgetLine "
                + "WHERE CPOM_Contract_ID=? AND FunctionalGroup='P1'")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    static String status(Connection c, int contractId) throws SQLException {
        return (String) row(c, contractId).get("docstatus");
    }

    static BigDecimal total(Connection c, int contractId) throws SQLException {
        return (BigDecimal) row(c, contractId).get("totalamt");
    }

    static LocalDate dateTo(Connection c, int contractId) throws SQLException {
        return ((java.sql.Timestamp) row(c, contractId).get("dateto")).toLocalDateTime().toLocalDate();
    }

    static Map<String, Object> row(Connection c, int contractId) throws SQLException {
        return new JdbcRecordStore(c, 0, 0, 0).load("CPOM_Contract", contractId);
    }

    static int count(Connection c, String table, int contractId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE CPOM_Contract_ID=?")) {
            ps.setInt(1, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
