package org.cpom.demo;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mockStatic;

import org.compiere.model.MTable;
import org.mockito.MockedStatic;

/**
 * Outside iDempiere there is no application dictionary: the generated I_CPOM_* interfaces initialise
 * {@code Table_ID = MTable.getTable_ID(Table_Name)}, which the compile-only API mirror cannot answer. While each
 * interface initialises, MTable answers 0 (no AD_Table row exists here); nothing else of iDempiere is faked.
 */
final class DictionaryStandIn {

    static final String[] TABLES = {"CPOM_Establishment", "CPOM_Contract", "CPOM_ContractEstablishment",
            "CPOM_Axis", "CPOM_ActionSheet", "CPOM_ActionSheetEstablishment", "CPOM_Indicator", "CPOM_IndicatorValue",
            "CPOM_BudgetLine", "CPOM_AccountGroup", "CPOM_Amendment", "CPOM_Review", "CPOM_FinessCategory",
            "CPOM_TariffMode"};

    private DictionaryStandIn() {
    }

    static void initialiseModelInterfaces() {
        try (MockedStatic<MTable> table = mockStatic(MTable.class)) {
            table.when(() -> MTable.getTable_ID(anyString())).thenReturn(0);
            for (String t : TABLES) {
                Class.forName("org.cpom.model.I_" + t, true, DictionaryStandIn.class.getClassLoader());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
