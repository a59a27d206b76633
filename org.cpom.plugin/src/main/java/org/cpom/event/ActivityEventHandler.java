package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.ActivitySaveRules;

/** Vetoes invalid saves of CPOM_Activity and sets what the save computes (DS component, event.filter (tableName=CPOM_Activity)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Activity)"})
public final class ActivityEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public ActivityEventHandler() {
        super(new ActivitySaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public ActivityEventHandler(SaveContextProvider contexts) {
        super(new ActivitySaveRules(), contexts);
    }
}
