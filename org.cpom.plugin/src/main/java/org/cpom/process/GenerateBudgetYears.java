package org.cpom.process;

import java.math.BigDecimal;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.service.BudgetYearsService;

/** CPOM_GenerateBudgetYears (record CPOM_Contract; BaseYear, GrowthRate %): fills the other contract years. */
@Process
public class GenerateBudgetYears extends CpomProcess {

    private int baseYear;
    private BigDecimal growthRate = BigDecimal.ZERO;

    @Override
    protected void prepare() {
        for (ProcessInfoParameter p : getParameter()) {
            if ("BaseYear".equals(p.getParameterName())) {
                baseYear = p.getParameterAsInt();
            } else if ("GrowthRate".equals(p.getParameterName()) && p.getParameter() != null) {
                growthRate = p.getParameterAsBigDecimal();
            }
        }
    }

    @Override
    protected String doIt() throws Exception {
        if (getRecord_ID() <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        return run((connection, store) -> new BudgetYearsService(connection, store).generate(getRecord_ID(),
                baseYear, growthRate));
    }
}
