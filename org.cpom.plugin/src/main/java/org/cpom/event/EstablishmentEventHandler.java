package org.cpom.event;

import org.cpom.adapter.EstablishmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Establishment (DS component, event.filter (tableName=CPOM_Establishment)). */
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
