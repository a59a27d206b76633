package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Establishment concerned by an action sheet. Its save rules live in the core and run from the CPOM_ActionSheetEstablishment event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomActionSheetEstablishment extends X_CPOM_ActionSheetEstablishment {

    private static final long serialVersionUID = 1L;

    public MCpomActionSheetEstablishment(Properties ctx, int CPOM_ActionSheetEstablishment_ID, String trxName) {
        super(ctx, CPOM_ActionSheetEstablishment_ID, trxName);
    }

    public MCpomActionSheetEstablishment(Properties ctx, String CPOM_ActionSheetEstablishment_UU, String trxName) {
        super(ctx, CPOM_ActionSheetEstablishment_UU, trxName);
    }

    public MCpomActionSheetEstablishment(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
