package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * FINESS category (ANS table TRE_R66). Its save rules live in the core and run from the CPOM_FinessCategory event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomFinessCategory extends X_CPOM_FinessCategory {

    private static final long serialVersionUID = 1L;

    public MCpomFinessCategory(Properties ctx, int CPOM_FinessCategory_ID, String trxName) {
        super(ctx, CPOM_FinessCategory_ID, trxName);
    }

    public MCpomFinessCategory(Properties ctx, String CPOM_FinessCategory_UU, String trxName) {
        super(ctx, CPOM_FinessCategory_UU, trxName);
    }

    public MCpomFinessCategory(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
