package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.IndicatorValueSaveRules;

/** Vetoes invalid saves and deletes of CPOM_IndicatorValue (DS component, event.filter (tableName=CPOM_IndicatorValue)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_IndicatorValue)"})
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
