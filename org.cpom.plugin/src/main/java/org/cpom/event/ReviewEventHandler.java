package org.cpom.event;

import org.cpom.adapter.ReviewSaveRules;

/** Vetoes invalid saves and deletes of CPOM_Review (DS component, event.filter (tableName=CPOM_Review)). */
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
