package org.cpom.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.process.ProcessCall;
import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.component.CpomRegistry;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.AlertStandIns;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;

/**
 * Generate deadlines, Send deadline alerts and Import activity as iDempiere runs them (SvrProcess accessors, Env,
 * Trx and MTable stubbed; data in PostgreSQL): registered in the DS factory's map, parameters read in prepare(), the
 * writes made through POs, the summary or refusal in the user's language, nothing written on a refusal.
 */
class CalendarProcessClassesTest extends DatabaseTest {

    @BeforeAll
    void standIns() throws SQLException {
        try (Connection c = db.getConnection()) {
            AlertStandIns.install(c);
        }
    }

    @Test
    void theThreeProcessesAreRegisteredForTheirClassNames() {
        for (Class<?> type : List.of(GenerateDeadlines.class, SendDeadlineAlerts.class, ImportActivity.class)) {
            ProcessCall created = CpomRegistry.PROCESSES.get(type.getName()).get();
            assertThat(created).isInstanceOf(type).isInstanceOf(CpomProcess.class);
        }
    }

    @Test
    void generateDeadlinesSavesEachDeadlineAsAPoAndFollowsTheSystemSettings() throws Exception {
        List<Map<String, Object>> saved = new ArrayList<>();
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            // the renewal request 9 months before the end instead of 6, for this client
            exec(c, "INSERT INTO AD_SysConfig (AD_SysConfig_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name, "
                    + "Value) VALUES (900001, " + Fixtures.CLIENT_ID + ", 0, 0, 0, 'CPOM_DEADLINE_RENEWAL_MONTHS', '9')");
            capture(tables, "CPOM_Deadline", saved);
            GenerateDeadlines p = process(new GenerateDeadlines(), Fixtures.CONTRACT_ID);
            String summary = run(c, "fr_FR", Fixtures.CLIENT_ID, p);
            assertThat(summary).startsWith("Contrat CPOM-2025-001 : " + saved.size() + " échéances créées");
            assertThat(saved).isNotEmpty().allSatisfy(v -> {
                assertThat(v).containsEntry("IsGenerated", true).containsEntry("CPOM_Contract_ID",
                        Fixtures.CONTRACT_ID).containsEntry("AD_Client_ID", Fixtures.CLIENT_ID);
                assertThat(v.get("DeadlineKey")).isNotNull();
            });
            assertThat(saved).filteredOn(v -> "RENW/2029".equals(v.get("DeadlineKey"))).singleElement()
                    .satisfies(v -> assertThat(v.get("DueDate"))
                            .isEqualTo(Timestamp.valueOf(LocalDate.of(2029, 3, 31).atStartOfDay())));
            c.rollback();
        }
    }

    @Test
    void generateDeadlinesWithoutItsContractSaysSo() throws Exception {
        GenerateDeadlines p = process(new GenerateDeadlines(), 0);
        try (MockedStatic<Env> env = mockStatic(Env.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn("fr_FR");
            call(p, "prepare");
            assertThatThrownBy(() -> call(p, "doIt")).hasMessageContaining("Contrat");
        }
    }

    @Test
    void sendDeadlineAlertsReadsItsParametersAndReportsInTheUsersLanguage() throws Exception {
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            SendDeadlineAlerts p = process(new SendDeadlineAlerts(), 0,
                    parameter("CPOM_Contract_ID", Fixtures.CONTRACT_ID),
                    parameter("DateDoc", Timestamp.valueOf(LocalDate.of(2026, 4, 10).atStartOfDay())));
            assertThat(run(c, "fr_FR", Fixtures.CLIENT_ID, p)).startsWith("0 alertes d’échéance envoyées pour 0 contrats");
            tables.verifyNoInteractions(); // no calendar yet: nothing to tell, nothing written
            c.rollback();
        }
    }

    @Test
    void importActivityRefusesABadFileInBothLanguagesAndCreatesNoPo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activite.csv");
        Files.writeString(file, "FINESS;Année;Unité;Cible\n" + Fixtures.FINESS_EG_1 + ";2026;JO;-10\n",
                StandardCharsets.UTF_8);
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            String before = CpomWorld.checksum(c);
            ImportActivity p = process(new ImportActivity(), Fixtures.CONTRACT_ID,
                    parameter("FileName", file.toString()));
            assertThatThrownBy(() -> run(c, "fr_FR", Fixtures.CLIENT_ID, p)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Rien n’a été importé de activite.csv")
                    .hasMessageContaining("Ligne 2 : Contrat CPOM-2025-001")
                    .hasMessageContaining("Row 2: Contract CPOM-2025-001");
            tables.verifyNoInteractions();
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void importActivityWritesTheRowsThroughPos(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activite.csv");
        Files.writeString(file, "FINESS;Année;Unité;Cible;Réalisé\n" + Fixtures.FINESS_EG_1 + ";2026;JO;17000;"
                + "16000,5\n", StandardCharsets.UTF_8);
        List<Map<String, Object>> saved = new ArrayList<>();
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            capture(tables, "CPOM_Activity", saved);
            ImportActivity p = process(new ImportActivity(), 0, parameter("CPOM_Contract_ID",
                    String.valueOf(Fixtures.CONTRACT_ID)), parameter("FileName", file.toString()));
            assertThat(run(c, "en_US", Fixtures.CLIENT_ID, p)).isEqualTo(
                    "Contract CPOM-2025-001: 1 activity rows imported from activite.csv (1 created, 0 updated).");
            assertThat(saved).singleElement().satisfies(v -> {
                assertThat(v).containsEntry("ActivityUnit", "JO").containsEntry("FiscalYear", 2026);
                assertThat((BigDecimal) v.get("ActivityActual")).isEqualByComparingTo("16000.5");
            });
            c.rollback();
        }
    }

    /** POs of {@code table} record the values they are given and their saves. */
    private static void capture(MockedStatic<MTable> tables, String table, List<Map<String, Object>> saved) {
        MTable mTable = mock(MTable.class);
        tables.when(() -> MTable.get(any(), eq(table))).thenReturn(mTable);
        when(mTable.getPO(anyInt(), eq("trx"))).thenAnswer(i -> {
            Map<String, Object> values = new HashMap<>();
            PO po = mock(PO.class);
            doAnswer(a -> values.put(a.getArgument(0), a.getArgument(1))).when(po).set_ValueOfColumn(anyString(),
                    any());
            doAnswer(a -> saved.add(values)).when(po).saveEx();
            return po;
        });
    }

    private static ProcessInfoParameter parameter(String name, Object value) {
        ProcessInfoParameter p = mock(ProcessInfoParameter.class);
        when(p.getParameterName()).thenReturn(name);
        when(p.getParameter()).thenReturn(value);
        if (value instanceof Number n) {
            when(p.getParameterAsInt()).thenReturn(n.intValue());
            when(p.getParameterAsString()).thenReturn(n.toString());
        }
        if (value instanceof String text) {
            when(p.getParameterAsString()).thenReturn(text);
        }
        if (value instanceof Timestamp ts) {
            when(p.getParameterAsTimestamp()).thenReturn(ts);
        }
        return p;
    }

    private static <T extends CpomProcess> T process(T process, int recordId, ProcessInfoParameter... params) {
        T p = spy(process);
        stub(p, "getParameter", params);
        stub(p, "getRecord_ID", recordId);
        stub(p, "getAD_Client_ID", Fixtures.CLIENT_ID);
        doReturn(new Properties()).when(p).getCtx();
        doReturn("trx").when(p).get_TrxName();
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

    private static String run(Connection c, String language, int sessionClientId, CpomProcess p) throws Exception {
        Trx trx = mock(Trx.class);
        when(trx.getConnection()).thenReturn(c);
        try (MockedStatic<Env> env = mockStatic(Env.class); MockedStatic<Trx> trxs = mockStatic(Trx.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn(language);
            env.when(() -> Env.getAD_Client_ID(any())).thenReturn(sessionClientId);
            trxs.when(() -> Trx.get("trx", false)).thenReturn(trx);
            call(p, "prepare");
            return (String) call(p, "doIt");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
