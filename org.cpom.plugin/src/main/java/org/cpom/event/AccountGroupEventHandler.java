package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.AccountGroupSaveRules;

/** Vetoes invalid saves and deletes of CPOM_AccountGroup (DS component, event.filter (tableName=CPOM_AccountGroup)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_AccountGroup)"})
public final class AccountGroupEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public AccountGroupEventHandler() {
        super(new AccountGroupSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public AccountGroupEventHandler(SaveContextProvider contexts) {
        super(new AccountGroupSaveRules(), contexts);
    }
}
