package org.cpom.core.model;

import org.cpom.core.rule.Coded;

/** CPOM_Contract.DocStatus: the document statuses a contract uses (iDempiere ref 131 codes). */
public enum DocStatus implements Coded {
    /** Drafted. */
    DRAFTED("DR"),
    /** In negotiation. */
    IN_PROGRESS("IP"),
    /** Signed. */
    COMPLETED("CO"),
    /** Closed (ended). */
    CLOSED("CL"),
    /** Voided. */
    VOIDED("VO"),
    /**
     * Invalid: iDempiere's prepareIt result when a document cannot be completed (ref 131 code IN); the contract
     * stays editable and can be prepared again, sent back to draft or voided.
     */
    INVALID("IN");

    private final String code;

    DocStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Constant for a stored code; null for null/blank, IllegalArgumentException for an unknown code. */
    public static DocStatus fromCode(String code) {
        return Coded.fromCode(DocStatus.class, code);
    }
}
