package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.ActionSheetSaveRules;

/** Vetoes invalid saves and deletes of CPOM_ActionSheet (DS component, event.filter (tableName=CPOM_ActionSheet)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_ActionSheet)"})
public final class ActionSheetEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public ActionSheetEventHandler() {
        super(new ActionSheetSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public ActionSheetEventHandler(SaveContextProvider contexts) {
        super(new ActionSheetSaveRules(), contexts);
    }
}
