package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Perimeter line: an establishment in a contract. Its save rules live in the core and run from the CPOM_ContractEstablishment event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomContractEstablishment extends X_CPOM_ContractEstablishment {

    private static final long serialVersionUID = 1L;

    public MCpomContractEstablishment(Properties ctx, int CPOM_ContractEstablishment_ID, String trxName) {
        super(ctx, CPOM_ContractEstablishment_ID, trxName);
    }

    public MCpomContractEstablishment(Properties ctx, String CPOM_ContractEstablishment_UU, String trxName) {
        super(ctx, CPOM_ContractEstablishment_UU, trxName);
    }

    public MCpomContractEstablishment(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
