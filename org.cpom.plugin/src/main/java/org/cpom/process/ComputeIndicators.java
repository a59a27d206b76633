package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.service.IndicatorComputationService;
import org.cpom.service.ProcessLog;

/**
 * CPOM_ComputeIndicators (schedulable; CPOM_Contract_ID optional = every open contract of the client, or of every
 * client when run in the System client; FiscalYear optional = every contract year up to the last closed or posted
 * one; C_AcctSchema_ID optional = the client's primary schema): fills the yearly actuals of the computed
 * indicators from the books and the activity data. A value typed by a user is kept and reported, one process-log
 * line each. Needs no window and no user: it runs the same from the menu and from a scheduler.
 */
@Process
public class ComputeIndicators extends CpomProcess {

    private int contractId;
    private Integer fiscalYear;
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
    }

    @Override
    protected String doIt() throws Exception {
        return run((connection, store) -> {
            ProcessLog log = new IndicatorComputationService(connection, store).compute(getAD_Client_ID(),
                    contractId, fiscalYear, acctSchemaId, today());
            log.render(language()).forEach(this::addLog);
            return log.summary();
        });
    }
}
