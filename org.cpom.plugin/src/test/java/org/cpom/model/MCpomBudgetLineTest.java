package org.cpom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.compiere.util.Trx;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * MCpomBudgetLine as PO.save calls it: beforeSave (before the model events, so before the save rules) makes Payer
 * and Funder consistent, afterSave/afterDelete put the contract's commitment on its header while it is open. The
 * PO buffer is a map; Trx is mocked and its connection is PostgreSQL.
 */
class MCpomBudgetLineTest extends DatabaseTest {

    private static MCpomBudgetLine line(Map<String, Object> values, Map<String, Boolean> changed) {
        MCpomBudgetLine po = mock(MCpomBudgetLine.class, withSettings()
                .useConstructor(new Properties(), 0, "trx").defaultAnswer(CALLS_REAL_METHODS));
        doAnswer(i -> values.get("Payer")).when(po).getPayer();
        doAnswer(i -> values.get("Funder")).when(po).getFunder();
        doReturn(Fixtures.CONTRACT_ID).when(po).getCPOM_Contract_ID();
        doReturn("trx").when(po).get_TrxName();
        doAnswer(i -> changed.getOrDefault((String) i.getArgument(0), false)).when(po).is_ValueChanged(anyString());
        doAnswer(i -> {
            values.put(i.getArgument(0), i.getArgument(1));
            return true;
        }).when(po).set_ValueNoCheck(anyString(), any());
        return po;
    }

    @Test
    void beforeSaveDerivesTheFunderFromThePayerAndAPayerFromAFunderGivenAlone() {
        Map<String, Object> window = new HashMap<>(Map.of("Payer", "APA", "Funder", "ARS")); // Funder's default
        assertThat(line(window, Map.of()).beforeSave(true)).isTrue();
        assertThat(window).containsEntry("Payer", "APA").containsEntry("Funder", "DEP");

        Map<String, Object> legacy = new HashMap<>(Map.of("Funder", "OTH"));
        assertThat(line(legacy, Map.of()).beforeSave(true)).isTrue();
        assertThat(legacy).containsEntry("Payer", "OTH").containsEntry("Funder", "OTH");

        // an older writer changes only the funder of a stored line: the payer follows
        Map<String, Object> update = new HashMap<>(Map.of("Payer", "AM", "Funder", "OWN"));
        assertThat(line(update, Map.of("Funder", true)).beforeSave(false)).isTrue();
        assertThat(update).containsEntry("Payer", "OWN");

        // an unknown payer is kept for the save rules to reject with their message
        Map<String, Object> hostile = new HashMap<>(Map.of("Payer", "XX", "Funder", "ARS"));
        line(hostile, Map.of()).beforeSave(true);
        assertThat(hostile).containsEntry("Payer", "XX").containsEntry("Funder", "ARS");
    }

    @Test
    void afterSaveAndAfterDeletePutTheCommitmentOnTheOpenContract() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            exec(c, "UPDATE CPOM_Contract SET TotalAmt=0, ARSCommitmentAmt=0");
            Trx trx = mock(Trx.class);
            when(trx.getConnection()).thenReturn(c);
            try (MockedStatic<Trx> trxs = mockStatic(Trx.class)) {
                trxs.when(() -> Trx.get("trx", false)).thenReturn(trx);
                MCpomBudgetLine po = line(new HashMap<>(), Map.of());
                assertThat(po.afterSave(true, true)).isTrue();
                assertThat(amount(c, "TotalAmt")).isEqualByComparingTo("1000000.00"); // 10 ARS BPAS lines
                assertThat(amount(c, "ARSCommitmentAmt")).isEqualByComparingTo("1000000.00");
                exec(c, "DELETE FROM CPOM_BudgetLine WHERE FiscalYear=2029");
                assertThat(po.afterDelete(true)).isTrue();
                assertThat(amount(c, "TotalAmt")).isEqualByComparingTo("800000.00");
                // a failed save changes nothing; a signed contract's header is left to ApplyAmendment
                exec(c, "UPDATE CPOM_Contract SET DocStatus='CO'");
                exec(c, "DELETE FROM CPOM_BudgetLine WHERE FiscalYear=2028");
                assertThat(po.afterSave(false, false)).isTrue();
                assertThat(po.afterSave(false, true)).isTrue();
                assertThat(amount(c, "TotalAmt")).isEqualByComparingTo("800000.00");
            }
            c.rollback();
        }
    }

    private static BigDecimal amount(Connection c, String column) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + column
                + " FROM CPOM_Contract WHERE CPOM_Contract_ID=" + Fixtures.CONTRACT_ID)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
