package org.cpom.persistence;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mockStatic;

import org.compiere.model.MTable;
import org.mockito.MockedStatic;

/**
 * Test support. The generated I_ interfaces of the CPOM tables (not official tables) initialise
 * {@code Table_ID = MTable.getTable_ID(Table_Name)}, which iDempiere answers from its dictionary and the
 * compile-only mirror cannot. A {@link java.lang.reflect.Proxy} of an I_ interface (RecordView, tests) initialises
 * it, so outside iDempiere each interface is initialised once here with MTable answering 0.
 */
public final class ModelInterfaces {

    public static final String[] TABLES = {"CPOM_Establishment", "CPOM_Contract", "CPOM_ContractEstablishment",
            "CPOM_Axis", "CPOM_ActionSheet", "CPOM_ActionSheetEstablishment", "CPOM_Indicator", "CPOM_IndicatorValue",
            "CPOM_BudgetLine", "CPOM_AccountGroup", "CPOM_Amendment", "CPOM_Review", "CPOM_FinessCategory",
            "CPOM_TariffMode"};

    private ModelInterfaces() {
    }

    /** Initialises every I_CPOM_* interface visible from {@code loader} (idempotent). */
    public static void initialize(ClassLoader loader) {
        try (MockedStatic<MTable> table = mockStatic(MTable.class)) {
            table.when(() -> MTable.getTable_ID(anyString())).thenReturn(0);
            for (String t : TABLES) {
                Class.forName("org.cpom.model.I_" + t, true, loader);
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void initialize() {
        initialize(ModelInterfaces.class.getClassLoader());
    }
}
