package org.cpom.adapter;

import org.adempiere.base.event.IEventTopics;

/** The kind of save a rule set is asked about, derived from the iDempiere PO event topic. */
public enum SaveType {
    NEW, CHANGE, DELETE;

    /** SaveType of a PO event topic, or null for a topic the CPOM rules do not handle. */
    public static SaveType ofTopic(String topic) {
        if (IEventTopics.PO_BEFORE_NEW.equals(topic)) {
            return NEW;
        }
        if (IEventTopics.PO_BEFORE_CHANGE.equals(topic)) {
            return CHANGE;
        }
        if (IEventTopics.PO_BEFORE_DELETE.equals(topic)) {
            return DELETE;
        }
        return null;
    }
}
