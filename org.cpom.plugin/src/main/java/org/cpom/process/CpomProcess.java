package org.cpom.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.compiere.process.ProcessInfoParameter;
import org.compiere.process.SvrProcess;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.persistence.PoRecordStore;
import org.cpom.persistence.RecordStore;
import org.cpom.persistence.TenantGuard;
import org.cpom.service.ProcessResult;

/**
 * Common frame of the CPOM processes: the work is a service (org.cpom.service) given the process transaction's
 * connection for reads and a {@link PoRecordStore} for writes; the summary and any rule violation are rendered in
 * the user's language. A violation throws, so iDempiere rolls the process transaction back.
 */
public abstract class CpomProcess extends SvrProcess {

    /** The service call of the concrete process. */
    @FunctionalInterface
    protected interface Work {
        ProcessResult run(Connection connection, RecordStore store) throws SQLException;
    }

    protected Language language() {
        return Language.of(Env.getAD_Language(getCtx()));
    }

    /** A process parameter's value as text, by its column name; null when the parameter was not given. */
    protected String parameterAsString(String columnName) {
        for (ProcessInfoParameter p : getParameter()) {
            if (columnName.equals(p.getParameterName())) {
                return p.getParameterAsString();
            }
        }
        return null;
    }

    protected static LocalDate today() {
        return LocalDate.now();
    }

    protected String run(Work work) throws Exception {
        Trx trx = get_TrxName() == null ? null : Trx.get(get_TrxName(), false);
        Connection connection = trx != null ? trx.getConnection()
                : DB.createConnection(false, Connection.TRANSACTION_READ_COMMITTED);
        try {
            return work.run(connection, new PoRecordStore(getCtx(), get_TrxName())).render(language());
        } catch (CpomValidationException e) {
            throw new IllegalStateException(e.getMessage(language()), e);
        } catch (TenantGuard.CrossTenantWriteException e) {
            throw new IllegalStateException(e.getMessage(language()), e);
        } finally {
            if (trx == null) {
                connection.close();
            }
        }
    }
}
