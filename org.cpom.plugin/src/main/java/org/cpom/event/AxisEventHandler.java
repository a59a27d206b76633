package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.AxisSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Axis (DS component, event.filter (tableName=CPOM_Axis)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Axis)"})
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
