package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.service.DeadlineService;
import org.cpom.service.SysConfigSettings;

/**
 * CPOM_GenerateDeadlines (contract toolbar): creates or updates the contract's deadlines; done deadlines and the
 * users' own are kept. The dates follow the CPOM_DEADLINE_* system settings when set, else the documented
 * defaults (docs/deadlines.md).
 */
@Process
public class GenerateDeadlines extends CpomProcess {

    private int contractId;

    @Override
    protected void prepare() {
        String param = parameterAsString("CPOM_Contract_ID");
        contractId = param != null && !param.isBlank() ? Integer.parseInt(param.strip()) : getRecord_ID();
    }

    @Override
    protected String doIt() throws Exception {
        if (contractId <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        return run((connection, store) -> new DeadlineService(connection, store,
                SysConfigSettings.of(connection, getAD_Client_ID())).generate(contractId, today()));
    }
}
