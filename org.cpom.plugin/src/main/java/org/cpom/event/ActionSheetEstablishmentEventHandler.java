package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.ActionSheetEstablishmentSaveRules;

/** Vetoes invalid saves and deletes of CPOM_ActionSheetEstablishment (DS component, event.filter (tableName=CPOM_ActionSheetEstablishment)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_ActionSheetEstablishment)"})
public final class ActionSheetEstablishmentEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public ActionSheetEstablishmentEventHandler() {
        super(new ActionSheetEstablishmentSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public ActionSheetEstablishmentEventHandler(SaveContextProvider contexts) {
        super(new ActionSheetEstablishmentSaveRules(), contexts);
    }
}
