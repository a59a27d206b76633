package org.cpom.process;

import java.nio.file.Path;
import java.sql.Connection;

import org.adempiere.base.annotation.Process;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.persistence.PoRecordStore;
import org.cpom.service.ContractWorkbookImporter;
import org.cpom.service.WorkbookImportResult;

/**
 * CPOM_ImportContractWorkbook (FileName: an XLSX contract workbook, docs/import-format.md): imports the contract,
 * its establishments, perimeter, axes, action sheets, budget, indicators, targets and reviews through POs in the
 * process transaction, so every row passes the window's save rules. When any row is rejected the process fails
 * with the list of problems (sheet, row, column; French and English) and iDempiere rolls the transaction back:
 * nothing is written.
 */
@Process
public class ImportContractWorkbook extends CpomProcess {

    private String fileName;

    @Override
    protected void prepare() {
        fileName = parameterAsString("FileName");
    }

    @Override
    protected String doIt() throws Exception {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalStateException(
                    Messages.format(language(), MessageKeys.PROCESS_FILE_NOT_READABLE, "-"));
        }
        Trx trx = get_TrxName() == null ? null : Trx.get(get_TrxName(), false);
        Connection connection = trx != null ? trx.getConnection()
                : DB.createConnection(false, Connection.TRANSACTION_READ_COMMITTED);
        boolean imported = false;
        try {
            WorkbookImportResult result = new ContractWorkbookImporter(connection,
                    new PoRecordStore(getCtx(), get_TrxName()), Env.getAD_Client_ID(getCtx()))
                    .importFile(Path.of(fileName));
            if (!result.isImported()) {
                // failing the process makes iDempiere roll its transaction back; the user sees every problem
                throw new IllegalStateException(result.renderBoth(language()));
            }
            imported = true;
            return result.render(language());
        } finally {
            if (trx == null) {
                if (imported) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.close();
            }
        }
    }
}
