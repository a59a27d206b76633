package org.cpom.event;

import java.sql.Connection;
import java.sql.SQLException;

import org.compiere.model.PO;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.i18n.Language;

/**
 * In iDempiere the event data is the PO: its context gives the user's language (AD_Language), its transaction
 * the connection, so lookups see the transaction's own uncommitted rows. A PO saved outside a transaction gets a
 * short-lived read-committed connection, closed with the context. Any other object (e.g. an I_ proxy sent by a
 * test) gets English and no connection: only the rules that need no lookup run.
 */
public final class IdempiereSaveContexts implements SaveContextProvider {

    @Override
    public SaveContext open(Object eventData) {
        if (!(eventData instanceof PO po)) {
            return SaveContext.of(Language.EN, null);
        }
        Language language = Language.of(Env.getAD_Language(po.getCtx()));
        int userId = Env.getAD_User_ID(po.getCtx());
        String trxName = po.get_TrxName();
        Trx trx = trxName == null ? null : Trx.get(trxName, false);
        if (trx != null) {
            return SaveContext.of(language, trx.getConnection(), userId);
        }
        Connection own = DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED);
        return new SaveContext() {
            @Override
            public Language language() {
                return language;
            }

            @Override
            public Connection connection() {
                return own;
            }

            @Override
            public int userId() {
                return userId;
            }

            @Override
            public void close() {
                try {
                    own.close();
                } catch (SQLException e) {
                    // nothing was written on this connection: a failed close loses nothing
                }
            }
        };
    }
}
