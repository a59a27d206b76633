package org.cpom.core.activity;

import org.cpom.core.rule.Coded;

/** CPOM_Activity.ActivityUnit (list CPOM_ActivityUnit): what the activity of an establishment is counted in. */
public enum ActivityUnit implements Coded {
    /** Journées (days delivered): the unit of the taux d'occupation. */
    DAYS("JO"),
    /** Places (places in use). */
    PLACES("PL"),
    /** Actes (services delivered, e.g. CMPP/CAMSP sessions). */
    ACTS("AC"),
    /** File active (people supported in the year). */
    ACTIVE_FILE("FA"),
    /** Heures (hours delivered, home help). */
    HOURS("HE");

    private final String code;

    ActivityUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static ActivityUnit fromCode(String code) {
        return Coded.fromCode(ActivityUnit.class, code);
    }
}
