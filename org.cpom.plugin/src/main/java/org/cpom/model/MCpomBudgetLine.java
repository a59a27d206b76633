package org.cpom.model;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;

import org.compiere.util.DB;
import org.compiere.util.Trx;
import org.cpom.adapter.BudgetLinePayer;
import org.cpom.persistence.ContractCommitment;

/**
 * Budget line: contract × establishment × year × payer × group × section. Its save rules live in the core and run
 * from the CPOM_BudgetLine event handler (org.cpom.event), so every writer — window, process, import, web service —
 * is checked the same way. Before them (PO.save calls beforeSave before the model events) the line's Funder is
 * derived from its Payer, or its Payer from a Funder given alone ({@link BudgetLinePayer}); after a write the
 * contract's TotalAmt and per-authority commitments follow the lines while it is open ({@link ContractCommitment}).
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

    @Override
    protected boolean beforeSave(boolean newRecord) {
        boolean funderOnly = newRecord ? getPayer() == null && getFunder() != null
                : is_ValueChanged(COLUMNNAME_Funder) && !is_ValueChanged(COLUMNNAME_Payer);
        BudgetLinePayer.Codes codes = BudgetLinePayer.derive(getPayer(), getFunder(), funderOnly);
        // set_ValueNoCheck: an unknown code is kept as written so the save rules reject it with their message
        if (codes.payer() != null) {
            set_ValueNoCheck(COLUMNNAME_Payer, codes.payer());
        }
        if (codes.funder() != null) {
            set_ValueNoCheck(COLUMNNAME_Funder, codes.funder());
        }
        return true;
    }

    @Override
    protected boolean afterSave(boolean newRecord, boolean success) {
        return !success || refreshCommitment();
    }

    @Override
    protected boolean afterDelete(boolean success) {
        return !success || refreshCommitment();
    }

    /** The contract's header commitment from its lines, in this line's transaction. */
    private boolean refreshCommitment() {
        Trx trx = get_TrxName() == null ? null : Trx.get(get_TrxName(), false);
        try {
            if (trx != null) {
                ContractCommitment.refresh(trx.getConnection(), getCPOM_Contract_ID());
            } else {
                try (Connection con = DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED)) {
                    ContractCommitment.refresh(con, getCPOM_Contract_ID());
                }
            }
            return true;
        } catch (SQLException e) {
            get_Logger().log(Level.SEVERE, "CPOM_Contract " + getCPOM_Contract_ID() + " commitment", e);
            return false;
        }
    }
}
