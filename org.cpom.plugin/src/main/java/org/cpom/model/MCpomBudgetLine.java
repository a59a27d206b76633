package org.cpom.model;

import java.sql.ResultSet;
import java.util.Properties;

/**
 * Budget line: contract × establishment × year × funder × group × section. Its save rules live in the core and run from the CPOM_BudgetLine event handler (org.cpom.event), so
 * every writer — window, process, import, web service — is checked the same way.
 */
public class MCpomBudgetLine extends X_CPOM_BudgetLine {

    private static final long serialVersionUID = 1L;

    public MCpomBudgetLine(Properties ctx, int CPOM_BudgetLine_ID, String trxName) {
        super(ctx, CPOM_BudgetLine_ID, trxName);
    }

    public MCpomBudgetLine(Properties ctx, String CPOM_BudgetLine_UU, String trxName) {
        super(ctx, CPOM_BudgetLine_UU, trxName);
    }

    public MCpomBudgetLine(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }
}
