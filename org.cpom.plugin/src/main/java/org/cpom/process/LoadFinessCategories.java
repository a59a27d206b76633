package org.cpom.process;

import java.nio.file.Path;

import org.adempiere.base.annotation.Process;
import org.compiere.process.ProcessInfoParameter;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.service.FinessCategoryLoader;

/** CPOM_LoadFinessCategories (FileName: the ANS TRE_R66 CSV): creates or renames the FINESS categories. */
@Process
public class LoadFinessCategories extends CpomProcess {

    private String fileName;

    @Override
    protected void prepare() {
        for (ProcessInfoParameter p : getParameter()) {
            if ("FileName".equals(p.getParameterName())) {
                fileName = p.getParameterAsString();
            }
        }
    }

    @Override
    protected String doIt() throws Exception {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalStateException(
                    Messages.format(language(), MessageKeys.PROCESS_FILE_NOT_READABLE, "-"));
        }
        return run((connection, store) -> new FinessCategoryLoader(connection, store).load(Path.of(fileName)));
    }
}
