package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Account prefix to EPRD/ERRD functional group mapping. Its save rules live in the core and run from the CPOM_AccountGroup event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomAccountGroup extends X_CPOM_AccountGroup {

    private static final long serialVersionUID = 1L;

    public MCpomAccountGroup(Properties ctx, int CPOM_AccountGroup_ID, String trxName) {
        super(ctx, CPOM_AccountGroup_ID, trxName);
    }

    public MCpomAccountGroup(Properties ctx, String CPOM_AccountGroup_UU, String trxName) {
        super(ctx, CPOM_AccountGroup_UU, trxName);
    }

    public MCpomAccountGroup(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
