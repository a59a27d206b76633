package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Deadline of a contract (filing, review, request, action sheet, or the user's own). Its save rules live in the core and run from the CPOM_Deadline event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomDeadline extends X_CPOM_Deadline {

    private static final long serialVersionUID = 1L;

    public MCpomDeadline(Properties ctx, int CPOM_Deadline_ID, String trxName) {
        super(ctx, CPOM_Deadline_ID, trxName);
    }

    public MCpomDeadline(Properties ctx, String CPOM_Deadline_UU, String trxName) {
        super(ctx, CPOM_Deadline_UU, trxName);
    }

    public MCpomDeadline(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
