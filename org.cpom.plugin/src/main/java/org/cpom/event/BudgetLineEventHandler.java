package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.BudgetLineSaveRules;

/** Vetoes invalid saves and deletes of CPOM_BudgetLine (DS component, event.filter (tableName=CPOM_BudgetLine)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_BudgetLine)"})
public final class BudgetLineEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public BudgetLineEventHandler() {
        super(new BudgetLineSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public BudgetLineEventHandler(SaveContextProvider contexts) {
        super(new BudgetLineSaveRules(), contexts);
    }
}
