package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Amendment (avenant) of a signed contract. Its save rules live in the core and run from the CPOM_Amendment event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomAmendment extends X_CPOM_Amendment {

    private static final long serialVersionUID = 1L;

    public MCpomAmendment(Properties ctx, int CPOM_Amendment_ID, String trxName) {
        super(ctx, CPOM_Amendment_ID, trxName);
    }

    public MCpomAmendment(Properties ctx, String CPOM_Amendment_UU, String trxName) {
        super(ctx, CPOM_Amendment_UU, trxName);
    }

    public MCpomAmendment(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
