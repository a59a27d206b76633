package org.cpom.process;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.adapter.CoreMapping;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.LegalBasis;
import org.cpom.service.RenewalService;

/**
 * CPOM_RenewContract (record CPOM_Contract): creates the follow-up draft contract under the legal basis the user
 * confirms (parameter LegalBasis). Run without it, it creates nothing and answers with the basis that applies now
 * and why, so the user runs it again with that basis (or another one) chosen.
 */
@Process
public class RenewContract extends CpomProcess {

    /** The legal basis the user confirms (parameter LegalBasis); null: the process proposes one and stops. */
    private LegalBasis legalBasis;

    @Override
    protected void prepare() {
        // the contract is the record the process runs on; LegalBasis is the user's confirmation
        for (ProcessInfoParameter p : getParameter()) {
            if ("LegalBasis".equals(p.getParameterName()) && p.getParameter() != null
                    && !p.getParameter().toString().isBlank()) {
                legalBasis = CoreMapping.decodeOrNull(LegalBasis.class, p.getParameter().toString());
                if (legalBasis == null) {
                    throw new IllegalArgumentException(Messages.format(language(), MessageKeys.LIST_VALUE_INVALID,
                            Label.of(MessageKeys.RECORD_CONTRACT), getRecord_ID(), Label.field("LegalBasis"),
                            p.getParameter()));
                }
            }
        }
    }

    @Override
    protected String doIt() throws Exception {
        if (getRecord_ID() <= 0) {
            throw new IllegalStateException(Messages.format(language(), MessageKeys.PROCESS_RECORD_REQUIRED,
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        return run((connection, store) -> new RenewalService(connection, store).renew(getRecord_ID(), legalBasis));
    }
}
