package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.DeadlineSaveRules;

/** Vetoes invalid saves of CPOM_Deadline and sets what the save computes (DS component, event.filter (tableName=CPOM_Deadline)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Deadline)"})
public final class DeadlineEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public DeadlineEventHandler() {
        super(new DeadlineSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public DeadlineEventHandler(SaveContextProvider contexts) {
        super(new DeadlineSaveRules(), contexts);
    }
}
