package org.cpom.event;

import org.cpom.adapter.AxisSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Axis (DS component, event.filter (tableName=CPOM_Axis)). */
public final class AxisEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public AxisEventHandler() {
        super(new AxisSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public AxisEventHandler(SaveContextProvider contexts) {
        super(new AxisSaveRules(), contexts);
    }
}
