package org.cpom.event;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.EventHandler;

import org.cpom.adapter.ReviewSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Review (DS component, event.filter (tableName=CPOM_Review)). */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/beforeNew",
                "event.topics=adempiere/po/beforeChange",
                "event.topics=adempiere/po/beforeDelete",
                "event.filter=(tableName=CPOM_Review)"})
public final class ReviewEventHandler extends CpomEventHandler {

    /** Used by Declarative Services inside iDempiere. */
    public ReviewEventHandler() {
        super(new ReviewSaveRules());
    }

    /** Used outside iDempiere (tests, JDBC store) with an explicit context provider. */
    public ReviewEventHandler(SaveContextProvider contexts) {
        super(new ReviewSaveRules(), contexts);
    }
}
