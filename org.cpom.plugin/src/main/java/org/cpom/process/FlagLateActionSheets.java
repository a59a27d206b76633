package org.cpom.process;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.adapter.Dates;
import org.cpom.service.LateActionSheetsService;

/**
 * CPOM_FlagLateActionSheets (schedulable; CPOM_Contract_ID optional, DateDoc optional = today): flags planned or
 * in-progress action sheets past their due date as late.
 */
@Process
public class FlagLateActionSheets extends CpomProcess {

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
        if (contractId <= 0 && getRecord_ID() > 0) {
            contractId = getRecord_ID();
        }
    }

    @Override
    protected String doIt() throws Exception {
        LocalDate day = date != null ? date : today();
        return run((connection, store) -> new LateActionSheetsService(connection, store).flag(getAD_Client_ID(),
                contractId, day));
    }
}
