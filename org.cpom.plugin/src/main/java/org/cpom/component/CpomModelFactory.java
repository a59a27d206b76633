package org.cpom.component;

import java.sql.ResultSet;

import org.adempiere.base.IModelFactory;
import org.compiere.model.PO;
import org.compiere.util.Env;
import org.osgi.service.component.annotations.Component;

/**
 * Tells iDempiere which M class backs each CPOM table. Ranked above core's default factories (−1..1) so a CPOM
 * table is always built as its M class, and answers null for every other table so core factories go on.
 */
@Component(service = IModelFactory.class, immediate = true, property = "service.ranking:Integer=5")
public final class CpomModelFactory implements IModelFactory {

    @Override
    public Class<?> getClass(String tableName) {
        CpomRegistry.Model model = CpomRegistry.MODELS.get(tableName);
        return model == null ? null : model.type();
    }

    @Override
    public PO getPO(String tableName, int recordId, String trxName) {
        CpomRegistry.Model model = CpomRegistry.MODELS.get(tableName);
        return model == null ? null : model.byId().create(Env.getCtx(), recordId, trxName);
    }

    @Override
    public PO getPO(String tableName, String recordUU, String trxName) {
        CpomRegistry.Model model = CpomRegistry.MODELS.get(tableName);
        return model == null ? null : model.byUU().create(Env.getCtx(), recordUU, trxName);
    }

    @Override
    public PO getPO(String tableName, ResultSet rs, String trxName) {
        CpomRegistry.Model model = CpomRegistry.MODELS.get(tableName);
        return model == null ? null : model.byResultSet().create(Env.getCtx(), rs, trxName);
    }
}
