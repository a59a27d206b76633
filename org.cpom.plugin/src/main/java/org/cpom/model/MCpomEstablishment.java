package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * ESSMS (établissement ou service social ou médico-social) identified by its FINESS EG. Its save rules live in the core and run from the CPOM_Establishment event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomEstablishment extends X_CPOM_Establishment {

    private static final long serialVersionUID = 1L;

    public MCpomEstablishment(Properties ctx, int CPOM_Establishment_ID, String trxName) {
        super(ctx, CPOM_Establishment_ID, trxName);
    }

    public MCpomEstablishment(Properties ctx, String CPOM_Establishment_UU, String trxName) {
        super(ctx, CPOM_Establishment_UU, trxName);
    }

    public MCpomEstablishment(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
