package org.cpom.event;

import org.cpom.adapter.IndicatorValueSaveRules;

/** Vetoes invalid saves and deletes of CPOM_IndicatorValue (DS component, event.filter (tableName=CPOM_IndicatorValue)). */
public final class IndicatorValueEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public IndicatorValueEventHandler() {
        super(new IndicatorValueSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public IndicatorValueEventHandler(SaveContextProvider contexts) {
        super(new IndicatorValueSaveRules(), contexts);
    }
}
