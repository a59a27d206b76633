package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.InvestmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Investment (DS component, event.filter (tableName=CPOM_Investment)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Investment)"})
public final class InvestmentEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public InvestmentEventHandler() {
        super(new InvestmentSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public InvestmentEventHandler(SaveContextProvider contexts) {
        super(new InvestmentSaveRules(), contexts);
    }
}
