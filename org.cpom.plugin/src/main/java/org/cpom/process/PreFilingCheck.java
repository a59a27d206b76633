package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.service.PreFilingCheckService;
import org.cpom.service.ProcessLog;

/**
 * CPOM_PreFilingCheck (contract toolbar; CPOM_Contract_ID, FiscalYear, C_AcctSchema_ID optional = the client's
 * primary schema): lists everything that would make the year's ERRD wrong, one process-log line per finding in
 * the user's language; the summary says nothing is to correct or how many findings there are. Writes nothing.
 */
@Process
public class PreFilingCheck extends CpomProcess {

    private int contractId;
    private int fiscalYear;
    private int acctSchemaId;

    @Override
    protected void prepare() {
        for (ProcessInfoParameter p : getParameter()) {
            if (p.getParameter() == null) {
                continue;
            }
            switch (p.getParameterName()) {
                case "CPOM_Contract_ID" -> contractId = p.getParameterAsInt();
                case "FiscalYear" -> fiscalYear = p.getParameterAsInt();
                case "C_AcctSchema_ID" -> acctSchemaId = p.getParameterAsInt();
                default -> {
                    // not a parameter of this process
                }
            }
        }
        if (contractId <= 0 && getRecord_ID() > 0) {
            contractId = getRecord_ID();
        }
    }

    @Override
    protected String doIt() throws Exception {
        return run((connection, store) -> {
            ProcessLog log = new PreFilingCheckService(connection).check(getAD_Client_ID(), contractId, fiscalYear,
                    acctSchemaId, today());
            log.render(language()).forEach(this::addLog);
            return log.summary();
        });
    }
}
