package org.cpom.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.component.CpomRegistry;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.cpom.testkit.ModelInterfaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.MockedStatic;

/**
 * ComputeIndicators and PreFilingCheck as iDempiere runs them (parameters in prepare(), the work in doIt() on the
 * process transaction, one addLog line per item, the summary in the user's language), with the SvrProcess
 * accessors, Env and Trx stubbed and the MESSIDOR sample in PostgreSQL. The writes go through PoRecordStore in a
 * server; here the ComputeIndicators service is checked writing through the JDBC store in IndicatorComputationTest,
 * so the process is run where it writes nothing (values already computed and typed) or reads only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceProcessClassesTest {

    private EmbeddedDatabase db;
    private LoadedSample m;

    @BeforeAll
    void load() throws Exception {
        ModelInterfaces.initialize(getClass().getClassLoader(), CpomRegistry.MODELS.keySet());
        String periods;
        try (var in = getClass().getResourceAsStream("/idempiere-standin-periods.sql")) {
            periods = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        db = EmbeddedDatabase.builder().withScript(periods).build();
        m = MessidorSample.messidor().load(db.getDataSource());
        try (Connection c = db.getConnection()) {
            JdbcRecordStore.install(c);
        }
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static ProcessInfoParameter parameter(String name, Object value) {
        ProcessInfoParameter p = mock(ProcessInfoParameter.class);
        when(p.getParameterName()).thenReturn(name);
        when(p.getParameter()).thenReturn(value);
        if (value instanceof Number n) {
            when(p.getParameterAsInt()).thenReturn(n.intValue());
            when(p.getParameterAsBigDecimal()).thenReturn(new BigDecimal(n.toString()));
        }
        return p;
    }

    private static <T extends CpomProcess> T process(T process, int clientId, int recordId, List<String> log,
            ProcessInfoParameter... params) {
        T p = spy(process);
        stub(p, "getParameter", params);
        stub(p, "getRecord_ID", recordId);
        stub(p, "getAD_Client_ID", clientId);
        doReturn(new Properties()).when(p).getCtx();
        doReturn("trx").when(p).get_TrxName();
        doAnswer(a -> log.add(a.getArgument(0))).when(p).addLog(anyString());
        return p;
    }

    private static void stub(Object spy, String method, Object value) {
        try {
            Method m = SvrProcess.class.getDeclaredMethod(method);
            m.setAccessible(true);
            m.invoke(doReturn(value).when(spy));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object call(Object process, String method) throws Exception {
        Method m = SvrProcess.class.getDeclaredMethod(method);
        m.setAccessible(true);
        try {
            return m.invoke(process);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private static String run(Connection c, String language, CpomProcess p) throws Exception {
        Trx trx = mock(Trx.class);
        when(trx.getConnection()).thenReturn(c);
        try (MockedStatic<Env> env = mockStatic(Env.class); MockedStatic<Trx> trxs = mockStatic(Trx.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn(language);
            trxs.when(() -> Trx.get("trx", false)).thenReturn(trx);
            call(p, "prepare");
            return (String) call(p, "doIt");
        }
    }

    @Test
    void preFilingCheckFromTheContractToolbarLogsEachFindingInTheUsersLanguage() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            List<String> fr = new ArrayList<>();
            String summary = run(c, "fr_FR", process(new PreFilingCheck(), m.clientId(), m.contractId(), fr,
                    parameter("FiscalYear", 2017)));
            assertThat(fr).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("CPOM_"));
            assertThat(fr).anySatisfy(l -> assertThat(l).contains("L’exercice 2017").isNotEmpty());
            assertThat(summary).startsWith("Contrôle avant dépôt du contrat").endsWith(fr.size() + " points à examiner.");
            List<String> en = new ArrayList<>();
            String english = run(c, "en_US", process(new PreFilingCheck(), m.clientId(), 0, en,
                    parameter("CPOM_Contract_ID", m.contractId()), parameter("FiscalYear", 2017)));
            assertThat(en).hasSameSizeAs(fr);
            assertThat(english).startsWith("Pre-filing check of contract").endsWith(en.size() + " findings to look at.");
            c.rollback();
        }
    }

    @Test
    void preFilingCheckOfAnotherTenantsContractIsRefusedInTheUsersLanguage() throws Exception {
        try (Connection c = db.getConnection()) {
            List<String> log = new ArrayList<>();
            assertThatThrownBy(() -> run(c, "en_US", process(new PreFilingCheck(), MessidorSample.OTHER_CLIENT_ID,
                    m.contractId(), log, parameter("FiscalYear", 2017)))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Contract");
            assertThat(log).isEmpty();
        }
    }

    @Test
    void computeIndicatorsWithoutAnyComputedIndicatorWritesNothingAndSaysSo() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            List<String> log = new ArrayList<>();
            // scheduled: no contract, no year, no schema; the sample's indicators are all typed by hand
            String summary = run(c, "en_US", process(new ComputeIndicators(), m.clientId(), 0, log));
            assertThat(summary).isEqualTo("0 indicator values computed (0 created, 0 updated); 0 values typed by a "
                    + "user kept; 0 without data.");
            assertThat(log).isEmpty();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT COUNT(*) FROM CPOM_IndicatorValue WHERE DateComputed IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            c.rollback();
        }
    }

    @Test
    void computeIndicatorsWritesThroughPosForTheIndicatorsClientAndOrganisation() throws Exception {
        List<java.util.Map<String, Object>> saved = new ArrayList<>();
        try (Connection c = db.getConnection(); MockedStatic<org.compiere.model.MTable> tables =
                mockStatic(org.compiere.model.MTable.class)) {
            c.setAutoCommit(false);
            int indicator = new JdbcRecordStore(c, m.clientId(), 0, 100).insert("CPOM_Indicator",
                    JdbcRecordStore.columns("CPOM_Contract_ID", m.contractId(), "Name", "Taux de CAF",
                            "IndicatorSource", "C", "ComputedMeasure", "CAFR", "AD_Org_ID", m.orgHeadOfficeId()));
            org.compiere.model.MTable table = mock(org.compiere.model.MTable.class);
            tables.when(() -> org.compiere.model.MTable.get(any(), org.mockito.ArgumentMatchers.eq("CPOM_IndicatorValue")))
                    .thenReturn(table);
            when(table.getPO(org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.eq("trx")))
                    .thenAnswer(i -> {
                        java.util.Map<String, Object> values = new java.util.HashMap<>();
                        values.put("id", i.getArgument(0));
                        org.compiere.model.PO po = mock(org.compiere.model.PO.class);
                        doAnswer(a -> values.put(a.getArgument(0), a.getArgument(1))).when(po)
                                .set_ValueOfColumn(anyString(), any());
                        doAnswer(a -> saved.add(values)).when(po).saveEx();
                        return po;
                    });
            List<String> log = new ArrayList<>();
            String summary = run(c, "fr_FR", process(new ComputeIndicators(), m.clientId(), 0, log,
                    parameter("CPOM_Contract_ID", m.contractId()), parameter("FiscalYear", 2015)));
            assertThat(summary).startsWith("1 valeurs d’indicateurs calculées (1 créées, 0 mises à jour)");
            assertThat(saved).hasSize(1);
            assertThat(saved.get(0)).containsEntry("id", 0).containsEntry("AD_Client_ID", m.clientId())
                    .containsEntry("AD_Org_ID", m.orgHeadOfficeId()).containsEntry("CPOM_Indicator_ID", indicator)
                    .containsEntry("FiscalYear", 2015).containsEntry("IsComputed", true);
            assertThat(saved.get(0).get("ActualValue")).isEqualTo(saved.get(0).get("ComputedValue")).isNotNull();
            c.rollback();
        }
    }

    @Test
    void bothProcessesAreRegistered() {
        assertThat(CpomRegistry.PROCESSES.get("org.cpom.process.ComputeIndicators").get())
                .isInstanceOf(ComputeIndicators.class);
        assertThat(CpomRegistry.PROCESSES.get("org.cpom.process.PreFilingCheck").get())
                .isInstanceOf(PreFilingCheck.class);
    }
}
