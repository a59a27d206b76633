package org.cpom.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.Properties;

import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
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
    void processesStartedWithoutTheirRecordSaySo() throws Exception {
        ApplyAmendment p = process(new ApplyAmendment(), 0);
        try (MockedStatic<Env> env = mockStatic(Env.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn("en_US");
            call(p, "prepare");
            assertThatThrownBy(() -> call(p, "doIt")).hasMessageContaining("Amendment");
        }
    }
}
