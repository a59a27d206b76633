package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.IndicatorSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Indicator (DS component, event.filter (tableName=CPOM_Indicator)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Indicator)"})
public final class IndicatorEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public IndicatorEventHandler() {
        super(new IndicatorSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public IndicatorEventHandler(SaveContextProvider contexts) {
        super(new IndicatorSaveRules(), contexts);
    }
}
