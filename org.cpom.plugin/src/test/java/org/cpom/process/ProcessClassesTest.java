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
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;

/**
 * The SvrProcess classes as iDempiere runs them: parameters read in prepare(), the work done in doIt() on the
 * process transaction's connection, the summary or the refusal in the user's language. SvrProcess accessors,
 * Env and Trx are stubbed; the data is in PostgreSQL.
 */
class ProcessClassesTest extends DatabaseTest {

    private static ProcessInfoParameter parameter(String name, Object value) {
        ProcessInfoParameter p = mock(ProcessInfoParameter.class);
        when(p.getParameterName()).thenReturn(name);
        when(p.getParameter()).thenReturn(value);
        if (value instanceof Number n) {
            when(p.getParameterAsInt()).thenReturn(n.intValue());
            when(p.getParameterAsBigDecimal()).thenReturn(new BigDecimal(n.toString()));
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

    /** Stubs a protected SvrProcess accessor (declared in org.compiere.process, so called reflectively). */
    private static void stub(Object spy, String method, Object value) {
        try {
            Method m = SvrProcess.class.getDeclaredMethod(method);
            m.setAccessible(true);
            m.invoke(doReturn(value).when(spy));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls prepare() or doIt() as the process engine does. */
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
        return run(c, language, 0, p);
    }

    /** Runs the process in a session of {@code sessionClientId} (Env AD_Client_ID, what PO's tenant check reads). */
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

    @Test
    void flagLateActionSheetsReportsInFrench() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            FlagLateActionSheets p = process(new FlagLateActionSheets(), 0,
                    parameter("CPOM_Contract_ID", Fixtures.CONTRACT_ID),
                    parameter("DateDoc", Timestamp.valueOf(LocalDate.of(2026, 1, 1).atStartOfDay())));
            assertThat(run(c, "fr_FR", p)).startsWith("0").doesNotContain("CPOM_");
            c.rollback();
        }
    }

    @Test
    void generateBudgetYearsRefusesAMinus100RateAndChangesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.IN_PROGRESS, true);
            String before = CpomWorld.checksum(c);
            GenerateBudgetYears p = process(new GenerateBudgetYears(), Fixtures.CONTRACT_ID,
                    parameter("BaseYear", 2025), parameter("GrowthRate", -100));
            assertThatThrownBy(() -> run(c, "fr_FR", p)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("-100").hasMessageContaining("CPOM-2025-001");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void renewContractWithoutAConfirmedLegalBasisProposesOneAndCreatesNothing() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            String before = CpomWorld.checksum(c);
            RenewContract p = process(new RenewContract(), Fixtures.CONTRACT_ID);
            assertThatThrownBy(() -> run(c, "fr_FR", p)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CPOM-2025-001")
                    .hasMessageContaining("tant que le fondement juridique du nouveau contrat n’est pas confirmé")
                    .hasMessageContaining("s’applique toujours");
            // a code outside the list is refused before anything is read
            RenewContract bad = process(new RenewContract(), Fixtures.CONTRACT_ID, parameter("LegalBasis", "L99"));
            assertThatThrownBy(() -> run(c, "en_US", bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("L99");
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void processesStartedWithoutTheirRecordSaySo() throws Exception {
        ApplyAmendment p = process(new ApplyAmendment(), 0);
        try (MockedStatic<Env> env = mockStatic(Env.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn("en_US");
            call(p, "prepare");
            assertThatThrownBy(() -> call(p, "doIt")).hasMessageContaining("Amendment");
        }
    }

    @Test
    void loadFinessCategoriesRefusesATenantSessionInTheUsersLanguageAndWritesNothing(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("TRE_R66.csv");
        Files.writeString(file, "Code;Libellé;Libellé long\n998;Nouvelle catégorie;\n", StandardCharsets.UTF_8);
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            String before = CpomWorld.checksum(c);
            LoadFinessCategories fr = process(new LoadFinessCategories(), 0, parameter("FileName", file.toString()));
            assertThatThrownBy(() -> run(c, "fr_FR", Fixtures.CLIENT_ID, fr)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("client Système").hasMessageContaining("Rien n’a été modifié");
            LoadFinessCategories en = process(new LoadFinessCategories(), 0, parameter("FileName", file.toString()));
            assertThatThrownBy(() -> run(c, "en_US", Fixtures.CLIENT_ID, en)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("client System").hasMessageContaining("Nothing was changed");
            tables.verifyNoInteractions(); // no PO was even created
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void loadFinessCategoriesInASystemSessionWritesClientSystemRecordsThroughPOs(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("TRE_R66.csv");
        Files.writeString(file, "Code;Libellé;Libellé long\n998;Nouvelle catégorie;\n246;E.S.A.T.;\n",
                StandardCharsets.UTF_8);
        List<Map<String, Object>> saved = new ArrayList<>();
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            MTable table = mock(MTable.class);
            tables.when(() -> MTable.get(any(), eq("CPOM_FinessCategory"))).thenReturn(table);
            when(table.getPO(anyInt(), eq("trx"))).thenAnswer(i -> {
                Map<String, Object> values = new HashMap<>();
                values.put("id", i.getArgument(0));
                PO po = mock(PO.class);
                doAnswer(a -> values.put(a.getArgument(0), a.getArgument(1))).when(po)
                        .set_ValueOfColumn(anyString(), any());
                doAnswer(a -> saved.add(values)).when(po).saveEx();
                return po;
            });
            LoadFinessCategories p = process(new LoadFinessCategories(), 0, parameter("FileName", file.toString()));
            assertThat(run(c, "en_US", 0, p)).startsWith("2 FINESS categories loaded (1 created, 1 updated)");
            assertThat(saved).hasSize(2);
            assertThat(saved.get(0)).containsEntry("id", 0).containsEntry("AD_Client_ID", 0)
                    .containsEntry("AD_Org_ID", 0).containsEntry("Value", "998");
            assertThat(saved.get(1)).containsEntry("id", 246).containsEntry("Name", "E.S.A.T.");
            c.rollback();
        }
    }
}
