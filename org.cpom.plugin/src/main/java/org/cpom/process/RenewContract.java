package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.service.RenewalService;

/** CPOM_RenewContract (record CPOM_Contract): creates the follow-up draft contract. */
@Process
public class RenewContract extends CpomProcess {

    @Override
    protected void prepare() {
        // no parameters: the contract is the record the process runs on
    }

    @Override
    protected String doIt() throws Exception {
        if (getRecord_ID() <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        return run((connection, store) -> new RenewalService(connection, store).renew(getRecord_ID()));
    }
}
