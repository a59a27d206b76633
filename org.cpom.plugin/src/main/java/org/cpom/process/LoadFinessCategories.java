package org.cpom.process;

import java.nio.file.Path;

import org.adempiere.base.annotation.Process;
import org.compiere.util.Env;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.persistence.TenantGuard;
import org.cpom.service.FinessCategoryLoader;

/**
 * CPOM_LoadFinessCategories (FileName: the ANS TRE_R66 CSV): creates or renames the FINESS categories, which are
 * records of client System shared by every client. iDempiere's PO refuses their writes from a tenant session
 * (cross-tenant write), so the process is System-only (AccessLevel 4); started from a tenant role anyway, it says
 * so in the user's language before reading the file, and writes nothing.
 */
@Process
public class LoadFinessCategories extends CpomProcess {

    private String fileName;

    @Override
    protected void prepare() {
        fileName = parameterAsString("FileName");
    }

    @Override
    protected String doIt() throws Exception {
        // the same session client PO.checkCrossTenant reads (Env AD_Client_ID of the process context)
        int sessionClientId = Env.getAD_Client_ID(getCtx());
        if (TenantGuard.refusesWrite(sessionClientId, 0)) {
            throw new IllegalStateException(TenantGuard.systemOnlyProcess(language(), sessionClientId));
        }
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalStateException(
                    Messages.format(language(), MessageKeys.PROCESS_FILE_NOT_READABLE, "-"));
        }
        return run((connection, store) -> new FinessCategoryLoader(connection, store).load(Path.of(fileName)));
    }
}
