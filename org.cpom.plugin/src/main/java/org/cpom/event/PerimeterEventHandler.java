package org.cpom.event;

import org.cpom.adapter.PerimeterSaveRules;

/** Vetoes invalid saves and deletes of CPOM_ContractEstablishment (DS component, event.filter (tableName=CPOM_ContractEstablishment)). */
public final class PerimeterEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public PerimeterEventHandler() {
        super(new PerimeterSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public PerimeterEventHandler(SaveContextProvider contexts) {
        super(new PerimeterSaveRules(), contexts);
    }
}
