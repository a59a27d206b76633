package org.cpom.process;

import java.nio.file.Path;
import java.sql.Connection;

import org.adempiere.base.annotation.Process;
import org.compiere.util.DB;
import org.compiere.util.Trx;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.persistence.PoRecordStore;
import org.cpom.service.ActivityImportResult;
import org.cpom.service.ActivityImporter;

/**
 * CPOM_ImportActivity (contract toolbar; CPOM_Contract_ID, FileName: a CSV or XLSX file, docs/import-format.md):
 * imports the activity targets and realised activity per establishment and year through POs, so every row passes
 * the window's save rules. When any row is refused the process fails with one line per problem (row number, French
 * and English) and iDempiere rolls its transaction back: nothing is written.
 */
@Process
public class ImportActivity extends CpomProcess {

    private int contractId;
    private String fileName;

    @Override
    protected void prepare() {
        String contract = parameterAsString("CPOM_Contract_ID");
        contractId = contract != null && !contract.isBlank() ? Integer.parseInt(contract.strip()) : getRecord_ID();
        fileName = parameterAsString("FileName");
    }

    @Override
    protected String doIt() throws Exception {
        if (contractId <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_FILE_NOT_READABLE, "-"));
        }
        Trx trx = get_TrxName() == null ? null : Trx.get(get_TrxName(), false);
        Connection connection = trx != null ? trx.getConnection()
                : DB.createConnection(false, Connection.TRANSACTION_READ_COMMITTED);
        boolean imported = false;
        try {
            ActivityImportResult result = new ActivityImporter(connection, new PoRecordStore(getCtx(), get_TrxName()))
                    .importFile(contractId, Path.of(fileName));
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
