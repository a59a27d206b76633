package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Management review (dialogue de gestion). Its save rules live in the core and run from the CPOM_Review event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomReview extends X_CPOM_Review {

    private static final long serialVersionUID = 1L;

    public MCpomReview(Properties ctx, int CPOM_Review_ID, String trxName) {
        super(ctx, CPOM_Review_ID, trxName);
    }

    public MCpomReview(Properties ctx, String CPOM_Review_UU, String trxName) {
        super(ctx, CPOM_Review_UU, trxName);
    }

    public MCpomReview(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
