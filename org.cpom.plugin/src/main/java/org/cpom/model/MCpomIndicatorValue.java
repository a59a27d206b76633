package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Yearly target and actual value of an indicator. Its save rules live in the core and run from the CPOM_IndicatorValue event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomIndicatorValue extends X_CPOM_IndicatorValue {

    private static final long serialVersionUID = 1L;

    public MCpomIndicatorValue(Properties ctx, int CPOM_IndicatorValue_ID, String trxName) {
        super(ctx, CPOM_IndicatorValue_ID, trxName);
    }

    public MCpomIndicatorValue(Properties ctx, String CPOM_IndicatorValue_UU, String trxName) {
        super(ctx, CPOM_IndicatorValue_UU, trxName);
    }

    public MCpomIndicatorValue(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
