package org.adempiere.base;

import java.sql.ResultSet;

import org.compiere.model.PO;

public interface IModelFactory {
    public abstract Class<?> getClass(String tableName);

    public abstract PO getPO(String tableName, int Record_ID, String trxName);

    public default PO getPO(String tableName, String Record_UU, String trxName) {
        throw new UnsupportedOperationException();
    }

    public abstract PO getPO(String tableName, ResultSet rs, String trxName);
}
