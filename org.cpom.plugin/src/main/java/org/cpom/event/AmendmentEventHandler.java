package org.cpom.event;

import org.cpom.adapter.AmendmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Amendment (DS component, event.filter (tableName=CPOM_Amendment)). */
public final class AmendmentEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public AmendmentEventHandler() {
        super(new AmendmentSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public AmendmentEventHandler(SaveContextProvider contexts) {
        super(new AmendmentSaveRules(), contexts);
    }
}
