package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.EstablishmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Establishment (DS component, event.filter (tableName=CPOM_Establishment)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Establishment)"})
public final class EstablishmentEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public EstablishmentEventHandler() {
        super(new EstablishmentSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public EstablishmentEventHandler(SaveContextProvider contexts) {
        super(new EstablishmentSaveRules(), contexts);
    }

    /** Used by tests with their own rule set (e.g. a mocked lookup port). */
    public EstablishmentEventHandler(EstablishmentSaveRules rules, SaveContextProvider contexts) {
        super(rules, contexts);
    }
}
