package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * One alert sent for a deadline: recipient, lead days and notice. Written by the alert process; its save rules run from the CPOM_DeadlineAlert event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomDeadlineAlert extends X_CPOM_DeadlineAlert {

    private static final long serialVersionUID = 1L;

    public MCpomDeadlineAlert(Properties ctx, int CPOM_DeadlineAlert_ID, String trxName) {
        super(ctx, CPOM_DeadlineAlert_ID, trxName);
    }

    public MCpomDeadlineAlert(Properties ctx, String CPOM_DeadlineAlert_UU, String trxName) {
        super(ctx, CPOM_DeadlineAlert_UU, trxName);
    }

    public MCpomDeadlineAlert(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
