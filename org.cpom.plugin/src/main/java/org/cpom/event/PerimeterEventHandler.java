package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.PerimeterSaveRules;

/** Vetoes invalid saves and deletes of CPOM_ContractEstablishment (DS component, event.filter (tableName=CPOM_ContractEstablishment)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_ContractEstablishment)"})
public final class PerimeterEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public PerimeterEventHandler() {
        super(new PerimeterSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public PerimeterEventHandler(SaveContextProvider contexts) {
        super(new PerimeterSaveRules(), contexts);
    }
}
