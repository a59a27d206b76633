package org.cpom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.compiere.model.ModelValidationEngine;
import org.compiere.process.DocAction;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * MCpomContract's DocAction steps as iDempiere's DocumentEngine calls them, with the iDempiere statics mocked
 * (Env, Trx, ModelValidationEngine) and the transaction connection on PostgreSQL: the PO's column values are held
 * in a map standing for the PO buffer.
 */
class MCpomContractTest extends DatabaseTest {

    /** A contract PO whose generated getters read {@code values} and whose set_ValueOfColumn writes it. */
    private static MCpomContract contract(Map<String, Object> values) {
        MCpomContract po = mock(MCpomContract.class, withSettings().useConstructor(new Properties(), Fixtures.CONTRACT_ID, "trx")
                .defaultAnswer(CALLS_REAL_METHODS));
        doReturn(Fixtures.CONTRACT_ID).when(po).getCPOM_Contract_ID();
        doReturn(Fixtures.CLIENT_ID).when(po).getAD_Client_ID();
        doReturn("CPOM-2025-001").when(po).getDocumentNo();
        doReturn("CPOM MESSIDOR 2025-2029").when(po).getName();
        doReturn("Contrat pluriannuel").when(po).getDescription();
        doReturn(0).when(po).getDepartement_BPartner_ID();
        doReturn(0).when(po).getState_BPartner_ID();
        doReturn(false).when(po).isExtended();
        doReturn("Diagnostic partagé").when(po).getSharedDiagnosis();
        doReturn("L122").when(po).getLegalBasis();
        doReturn(2000).when(po).getManagingBody_BPartner_ID();
        doReturn(2001).when(po).getARS_BPartner_ID();
        doReturn(Timestamp.valueOf(Fixtures.FROM.atStartOfDay())).when(po).getDateFrom();
        doReturn(Timestamp.valueOf(Fixtures.TO.atStartOfDay())).when(po).getDateTo();
        doAnswer(i -> values.get("DateSigned")).when(po).getDateSigned();
        doReturn(new BigDecimal("1000000.00")).when(po).getTotalAmt();
        doReturn(102).when(po).getC_Currency_ID();
        doAnswer(i -> values.get("DocStatus")).when(po).getDocStatus();
        doAnswer(i -> values.get("DocAction")).when(po).getDocAction();
        doReturn(new Properties()).when(po).getCtx();
        doReturn("trx").when(po).get_TrxName();
        doAnswer(i -> values.put(i.getArgument(0), i.getArgument(1))).when(po).set_ValueOfColumn(anyString(), any());
        return po;
    }

    private <T> T withIdempiere(Connection c, String language, java.util.concurrent.Callable<T> work) throws Exception {
        Trx trx = mock(Trx.class);
        when(trx.getConnection()).thenReturn(c);
        ModelValidationEngine engine = mock(ModelValidationEngine.class);
        try (MockedStatic<Env> env = mockStatic(Env.class); MockedStatic<Trx> trxs = mockStatic(Trx.class);
                MockedStatic<ModelValidationEngine> engines = mockStatic(ModelValidationEngine.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn(language);
            trxs.when(() -> Trx.get("trx", false)).thenReturn(trx);
            engines.when(ModelValidationEngine::get).thenReturn(engine);
            when(engine.fireDocValidate(any(), anyInt())).thenReturn(null);
            return work.call();
        }
    }

    @Test
    void prepareThenCompleteSignsACompleteContract() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            Map<String, Object> values = new HashMap<>(Map.of("DocStatus", "DR", "DocAction", "CO"));
            MCpomContract po = contract(values);
            String prepared = withIdempiere(c, "en_US", po::prepareIt);
            assertThat(prepared).as(po.getProcessMsg()).isEqualTo(DocAction.STATUS_InProgress);
            values.put("DocStatus", prepared); // what DocumentEngine does with the returned status
            String completed = withIdempiere(c, "en_US", po::completeIt);
            assertThat(completed).as(po.getProcessMsg()).isEqualTo(DocAction.STATUS_Completed);
            assertThat(values).containsEntry("DocAction", "CL").containsEntry("Processed", true);
            assertThat(values.get("DateSigned")).isNotNull();
            assertThat(po.getProcessMsg()).contains("CPOM-2025-001");
            c.rollback();
        }
    }

    @Test
    void completeWithoutAxisIsInvalidWithTheMessageInFrench() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.IN_PROGRESS, true);
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM CPOM_Axis");
            }
            Map<String, Object> values = new HashMap<>(Map.of("DocStatus", "IP", "DocAction", "CO"));
            MCpomContract po = contract(values);
            String status = withIdempiere(c, "fr_FR", po::completeIt);
            assertThat(status).isEqualTo(DocAction.STATUS_Invalid);
            assertThat(po.getProcessMsg()).contains("CPOM-2025-001").contains("axe");
            assertThat(values.get("Processed")).isNotEqualTo(true); // prepareIt ran again, completeIt did not sign
            c.rollback();
        }
    }

    @Test
    void aSignedContractCannotBeVoidedOrReactivatedButCanBeClosed() throws Exception {
        try (Connection c = transaction()) {
            Map<String, Object> values = new HashMap<>(Map.of("DocStatus", "CO", "DocAction", "CL"));
            MCpomContract po = contract(values);
            assertThat(withIdempiere(c, "en_US", po::voidIt)).isFalse();
            assertThat(po.getProcessMsg()).contains("CPOM-2025-001");
            assertThat(withIdempiere(c, "en_US", po::reActivateIt)).isFalse();
            assertThat(withIdempiere(c, "en_US", po::closeIt)).isTrue();
            assertThat(values).containsEntry("DocStatus", "CL");
            c.rollback();
        }
    }

    @Test
    void customizeValidActionsAppendsAfterTheEnginesOptionsAndKeepsUnlock() {
        MCpomContract po = contract(new HashMap<>(Map.of("DocStatus", "IP", "DocAction", "CO")));
        // what DocumentEngine.getValidActions wrote for a locked contract in negotiation
        String[] options = new String[20];
        options[0] = DocAction.ACTION_Unlock;
        options[1] = DocAction.ACTION_Complete;
        options[2] = DocAction.ACTION_Prepare;
        options[3] = DocAction.ACTION_Void;
        int end = po.customizeValidActions("IP", "Y", null, null, 0, new String[1], options, 4);
        assertThat(end).isEqualTo(4);
        assertThat(java.util.Arrays.copyOf(options, end)).containsExactly(DocAction.ACTION_Unlock,
                DocAction.ACTION_Complete, DocAction.ACTION_Prepare, DocAction.ACTION_Void);
        assertThat(options).doesNotContain(DocAction.ACTION_ReActivate);
        // a signed contract: the engine's Close stays the only option
        String[] signed = new String[20];
        signed[0] = DocAction.ACTION_Close;
        assertThat(po.customizeValidActions("CO", "N", null, null, 0, new String[1], signed, 1)).isEqualTo(1);
        assertThat(signed[0]).isEqualTo(DocAction.ACTION_Close);
        // an option the engine did not list is appended at the index it gives
        String[] none = new String[20];
        assertThat(po.customizeValidActions("CO", "N", null, null, 0, new String[1], none, 0)).isEqualTo(1);
        assertThat(none[0]).isEqualTo(DocAction.ACTION_Close);
    }

    @Test
    void documentSummaryNamesTheContract() {
        MCpomContract po = contract(new HashMap<>(Map.of("DocStatus", "DR")));
        try (MockedStatic<Env> env = mockStatic(Env.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn("fr_FR");
            assertThat(po.getDocumentInfo()).isEqualTo("Contrat CPOM-2025-001");
            assertThat(po.getApprovalAmt()).isEqualByComparingTo("1000000.00");
            assertThat(po.getSummary()).contains("CPOM MESSIDOR");
        }
        assertThat(LocalDate.now()).isNotNull();
    }
}
