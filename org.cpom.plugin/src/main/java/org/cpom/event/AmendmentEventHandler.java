package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.AmendmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Amendment (DS component, event.filter (tableName=CPOM_Amendment)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Amendment)"})
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
