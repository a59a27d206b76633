package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Tariff mode (ANS table TRE_R74). Its save rules live in the core and run from the CPOM_TariffMode event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomTariffMode extends X_CPOM_TariffMode {

    private static final long serialVersionUID = 1L;

    public MCpomTariffMode(Properties ctx, int CPOM_TariffMode_ID, String trxName) {
        super(ctx, CPOM_TariffMode_ID, trxName);
    }

    public MCpomTariffMode(Properties ctx, String CPOM_TariffMode_UU, String trxName) {
        super(ctx, CPOM_TariffMode_UU, trxName);
    }

    public MCpomTariffMode(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
