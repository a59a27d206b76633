package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Strategic axis of a contract. Its save rules live in the core and run from the CPOM_Axis event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomAxis extends X_CPOM_Axis {

    private static final long serialVersionUID = 1L;

    public MCpomAxis(Properties ctx, int CPOM_Axis_ID, String trxName) {
        super(ctx, CPOM_Axis_ID, trxName);
    }

    public MCpomAxis(Properties ctx, String CPOM_Axis_UU, String trxName) {
        super(ctx, CPOM_Axis_UU, trxName);
    }

    public MCpomAxis(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
