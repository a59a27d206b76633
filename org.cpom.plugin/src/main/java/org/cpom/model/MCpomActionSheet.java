package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Action sheet (fiche action). Its save rules live in the core and run from the CPOM_ActionSheet event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomActionSheet extends X_CPOM_ActionSheet {

    private static final long serialVersionUID = 1L;

    public MCpomActionSheet(Properties ctx, int CPOM_ActionSheet_ID, String trxName) {
        super(ctx, CPOM_ActionSheet_ID, trxName);
    }

    public MCpomActionSheet(Properties ctx, String CPOM_ActionSheet_UU, String trxName) {
        super(ctx, CPOM_ActionSheet_UU, trxName);
    }

    public MCpomActionSheet(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
