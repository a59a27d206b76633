package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.ContractSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Contract (DS component, event.filter (tableName=CPOM_Contract)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Contract)"})
public final class ContractEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public ContractEventHandler() {
        super(new ContractSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public ContractEventHandler(SaveContextProvider contexts) {
        super(new ContractSaveRules(), contexts);
    }
}
