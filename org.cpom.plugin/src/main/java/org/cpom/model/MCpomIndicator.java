package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Indicator of a contract or action sheet. Its save rules live in the core and run from the CPOM_Indicator event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomIndicator extends X_CPOM_Indicator {

    private static final long serialVersionUID = 1L;

    public MCpomIndicator(Properties ctx, int CPOM_Indicator_ID, String trxName) {
        super(ctx, CPOM_Indicator_ID, trxName);
    }

    public MCpomIndicator(Properties ctx, String CPOM_Indicator_UU, String trxName) {
        super(ctx, CPOM_Indicator_UU, trxName);
    }

    public MCpomIndicator(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
