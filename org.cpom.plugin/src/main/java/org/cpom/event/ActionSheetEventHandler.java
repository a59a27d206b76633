package org.cpom.event;

import org.cpom.adapter.ActionSheetSaveRules;

/** Vetoes invalid saves and deletes of CPOM_ActionSheet (DS component, event.filter (tableName=CPOM_ActionSheet)). */
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
