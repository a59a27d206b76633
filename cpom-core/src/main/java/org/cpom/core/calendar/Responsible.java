package org.cpom.core.calendar;

import org.cpom.core.rule.Coded;

/** CPOM_Deadline.Responsible (list CPOM_Responsible): who answers for a deadline. */
public enum Responsible implements Coded {
    /** The contract manager (CPOM_Contract.Manager_User_ID). */
    CONTRACT_MANAGER("CM"),
    /** The pilot of the action sheet (CPOM_ActionSheet.AD_User_ID). */
    PILOT("PI"),
    /** The accountant (CPOM_Contract.Accountant_User_ID). */
    ACCOUNTANT("AC");

    private final String code;

    Responsible(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static Responsible fromCode(String code) {
        return Coded.fromCode(Responsible.class, code);
    }
}
