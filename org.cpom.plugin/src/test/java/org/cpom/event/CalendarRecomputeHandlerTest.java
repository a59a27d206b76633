package org.cpom.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.adempiere.base.event.IEventTopics;
import org.compiere.model.PO;
import org.junit.jupiter.api.Test;

/** Which saves recompute a contract's calendar in iDempiere (the after-save events the handler receives). */
class CalendarRecomputeHandlerTest {

    private static PO po(String table, String... changed) {
        PO po = mock(PO.class);
        when(po.get_TableName()).thenReturn(table);
        when(po.get_ID()).thenReturn(1000);
        when(po.get_ValueAsInt("CPOM_Contract_ID")).thenReturn(1000);
        for (String column : changed) {
            when(po.is_ValueChanged(column)).thenReturn(true);
        }
        return po;
    }

    @Test
    void theContractsPeriodOrBasisRecomputesItsOtherChangesDoNot() {
        for (String column : CalendarRecomputeHandler.CONTRACT_COLUMNS) {
            assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_Contract", column), IEventTopics.PO_AFTER_CHANGE))
                    .as(column).isEqualTo(1000);
        }
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_Contract", "DocStatus", "TotalAmt"),
                IEventTopics.PO_AFTER_CHANGE)).isZero();
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_Contract"), IEventTopics.PO_AFTER_NEW)).isZero();
    }

    @Test
    void anActionSheetRecomputesWhenItsDeadlineChangesAndPerimeterAndActivityAlways() {
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_ActionSheet", "DueDate"),
                IEventTopics.PO_AFTER_CHANGE)).isEqualTo(1000);
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_ActionSheet", "Progress"),
                IEventTopics.PO_AFTER_CHANGE)).isZero();
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_ActionSheet"), IEventTopics.PO_AFTER_DELETE))
                .isEqualTo(1000);
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_ContractEstablishment"),
                IEventTopics.PO_AFTER_NEW)).isEqualTo(1000);
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_Activity", "ActivityActual"),
                IEventTopics.PO_AFTER_CHANGE)).isEqualTo(1000);
        assertThat(CalendarRecomputeHandler.contractOf(po("CPOM_Deadline", "DueDate"),
                IEventTopics.PO_AFTER_CHANGE)).isZero();
    }
}
