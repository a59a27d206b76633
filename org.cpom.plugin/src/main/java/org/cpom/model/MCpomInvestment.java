package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Investment planned in the contract with its financing (loan, subsidy, self-financing). Its save rules live in the core and run from the CPOM_Investment event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way. SelfFinancedAmt (read-only) is
 * the core's Amount − LoanAmt − SubsidyAmt, which the save rules set on the record as they pass it.
 */
public class MCpomInvestment extends X_CPOM_Investment {

    private static final long serialVersionUID = 1L;

    public MCpomInvestment(Properties ctx, int CPOM_Investment_ID, String trxName) {
        super(ctx, CPOM_Investment_ID, trxName);
    }

    public MCpomInvestment(Properties ctx, String CPOM_Investment_UU, String trxName) {
        super(ctx, CPOM_Investment_UU, trxName);
    }

    public MCpomInvestment(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
