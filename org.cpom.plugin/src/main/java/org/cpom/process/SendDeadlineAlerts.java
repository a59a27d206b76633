package org.cpom.process;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.adapter.Dates;
import org.cpom.service.AlertService;

/**
 * CPOM_SendDeadlineAlerts (schedulable; CPOM_Contract_ID optional, DateDoc default today): a notice to each
 * responsible user before each open deadline, at the contract's lead days, once per user and lead day. The shipped
 * scheduler runs it in client System, where it serves every tenant; started from a tenant, it serves that tenant.
 */
@Process
public class SendDeadlineAlerts extends CpomProcess {

    private int contractId;
    private LocalDate date;

    @Override
    protected void prepare() {
        for (ProcessInfoParameter p : getParameter()) {
            if ("CPOM_Contract_ID".equals(p.getParameterName()) && p.getParameter() != null) {
                contractId = p.getParameterAsInt();
            } else if ("DateDoc".equals(p.getParameterName()) && p.getParameter() != null) {
                Timestamp ts = p.getParameterAsTimestamp();
                date = Dates.toLocalDate(ts);
            }
        }
    }

    @Override
    protected String doIt() throws Exception {
        LocalDate day = date != null ? date : today();
        return run((connection, store) -> new AlertService(connection, store).send(getAD_Client_ID(), contractId,
                day));
    }
}
