package org.cpom.testkit;

import static org.mockito.Mockito.mockStatic;

import java.util.Collection;

import org.mockito.MockedStatic;

/**
 * Outside iDempiere (tests, benchmarks, the demo) there is no application dictionary: the generated I_CPOM_*
 * interfaces initialise {@code Table_ID = MTable.getTable_ID(Table_Name)} (CPOM tables are not official), which the
 * compile-only API mirror cannot answer. Any {@link java.lang.reflect.Proxy} of an I_ interface initialises it, so
 * each interface is initialised once here while MTable is a static mock answering 0 (no AD_Table row exists here);
 * nothing else of iDempiere is faked.
 */
public final class ModelInterfaces {

    private ModelInterfaces() {
    }

    /**
     * Initialises {@code org.cpom.model.I_<table>} for every table name (idempotent), as seen from {@code loader}.
     * Callers pass the plugin's own table list ({@code CpomRegistry.MODELS.keySet()}).
     */
    public static void initialize(ClassLoader loader, Collection<String> tableNames) {
        try {
            Class<?> mTable = Class.forName("org.compiere.model.MTable", false, loader);
            // a static mock answers Mockito's default for int, 0, to getTable_ID
            try (MockedStatic<?> table = mockStatic(mTable)) {
                for (String t : tableNames) {
                    Class.forName("org.cpom.model.I_" + t, true, loader);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
