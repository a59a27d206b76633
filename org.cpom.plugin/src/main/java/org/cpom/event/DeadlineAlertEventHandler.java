package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.DeadlineAlertSaveRules;

/** Vetoes invalid saves of CPOM_DeadlineAlert and sets what the save computes (DS component, event.filter (tableName=CPOM_DeadlineAlert)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_DeadlineAlert)"})
public final class DeadlineAlertEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public DeadlineAlertEventHandler() {
        super(new DeadlineAlertSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public DeadlineAlertEventHandler(SaveContextProvider contexts) {
        super(new DeadlineAlertSaveRules(), contexts);
    }
}
