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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.cpom.testkit.GenetsSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;

/**
 * CPOM_ImportContractWorkbook as iDempiere runs it: FileName read in prepare(), every row saved as a PO of the
 * process transaction (MTable and the POs stubbed, the lookups on PostgreSQL); a rejected workbook fails the process
 * with every problem in French and English, so iDempiere rolls the transaction back.
 */
class ImportContractWorkbookProcessTest extends DatabaseTest {

    @BeforeAll
    void tenant() {
        GenetsSample.loadTenant(db.getDataSource());
    }

    private static ImportContractWorkbook process(String fileName) {
        ImportContractWorkbook p = spy(new ImportContractWorkbook());
        ProcessInfoParameter param = mock(ProcessInfoParameter.class);
        when(param.getParameterName()).thenReturn("FileName");
        when(param.getParameterAsString()).thenReturn(fileName);
        stub(p, "getParameter", new ProcessInfoParameter[] {param});
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

    private static String run(Connection c, String language, ImportContractWorkbook p) throws Exception {
        Trx trx = mock(Trx.class);
        when(trx.getConnection()).thenReturn(c);
        try (MockedStatic<Env> env = mockStatic(Env.class); MockedStatic<Trx> trxs = mockStatic(Trx.class)) {
            env.when(() -> Env.getAD_Language(any())).thenReturn(language);
            env.when(() -> Env.getAD_Client_ID(any())).thenReturn(GenetsSample.CLIENT_ID);
            trxs.when(() -> Trx.get("trx", false)).thenReturn(trx);
            call(p, "prepare");
            return (String) call(p, "doIt");
        }
    }

    private static Object call(Object process, String method) throws Exception {
        Method m = SvrProcess.class.getDeclaredMethod(method);
        m.setAccessible(true);
        try {
            return m.invoke(process);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    @Test
    void savesEveryRowAsAPoOfTheProcessTransaction(@TempDir Path dir) throws Exception {
        Path file = GenetsSample.writeWorkbook(dir.resolve("genets.xlsx"));
        List<String> saved = new ArrayList<>();
        AtomicInteger ids = new AtomicInteger(7_000_000);
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            tables.when(() -> MTable.get(any(), anyString())).thenAnswer(t -> {
                String tableName = t.getArgument(1);
                MTable table = mock(MTable.class);
                when(table.getPO(anyInt(), eq("trx"))).thenAnswer(i -> {
                    Map<String, Object> values = new HashMap<>();
                    PO po = mock(PO.class);
                    int id = ids.incrementAndGet();
                    when(po.get_ID()).thenReturn(id);
                    doAnswer(a -> values.put(a.getArgument(0), a.getArgument(1))).when(po)
                            .set_ValueOfColumn(anyString(), any());
                    doAnswer(a -> saved.add(tableName)).when(po).saveEx();
                    return po;
                });
                return table;
            });
            String summary = run(c, "en_US", process(file.toString()));
            assertThat(summary).startsWith("Contract " + GenetsSample.DOCUMENT_NO + " imported: "
                    + saved.size() + " records created");
            assertThat(saved).contains("CPOM_Contract", "CPOM_Establishment", "CPOM_BudgetLine", "CPOM_Review")
                    .filteredOn("CPOM_BudgetLine"::equals).hasSize(GenetsSample.budget().size());
            c.rollback();
        }
    }

    @Test
    void aRejectedWorkbookFailsTheProcessInBothLanguagesAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("contrat.xlsx"), "pas un classeur");
        try (Connection c = transaction(); MockedStatic<MTable> tables = mockStatic(MTable.class)) {
            String before = CpomWorld.checksum(c);
            assertThatThrownBy(() -> run(c, "fr_FR", process(file.toString())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Rien n’a été importé de contrat.xlsx : 1 problème.")
                    .hasMessageContaining("Nothing was imported from contrat.xlsx: 1 problem.")
                    .hasMessageContaining("ne peut pas être lu comme un classeur XLSX");
            tables.verifyNoInteractions();
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }
}
