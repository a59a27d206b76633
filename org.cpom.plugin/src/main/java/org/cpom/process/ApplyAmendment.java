package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.service.AmendmentService;

/** CPOM_ApplyAmendment (record CPOM_Amendment): applies the amendment to its signed contract, keeping history. */
@Process
public class ApplyAmendment extends CpomProcess {

    @Override
    protected void prepare() {
        // no parameters: the amendment is the record the process runs on
    }

    @Override
    protected String doIt() throws Exception {
        if (getRecord_ID() <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_AMENDMENT)));
        }
        return run((connection, store) -> new AmendmentService(connection, store).apply(getRecord_ID(), today()));
    }
}
