package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Activity target and realised activity of one establishment and year. Its save rules live in the core and run from the CPOM_Activity event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomActivity extends X_CPOM_Activity {

    private static final long serialVersionUID = 1L;

    public MCpomActivity(Properties ctx, int CPOM_Activity_ID, String trxName) {
        super(ctx, CPOM_Activity_ID, trxName);
    }

    public MCpomActivity(Properties ctx, String CPOM_Activity_UU, String trxName) {
        super(ctx, CPOM_Activity_UU, trxName);
    }

    public MCpomActivity(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
