package org.compiere.model;

public class MTable extends org.compiere.model.X_AD_Table implements org.idempiere.cache.ImmutablePOSupport {
    public static org.compiere.model.MTable get(java.util.Properties p0, java.lang.String p1) {
        throw new UnsupportedOperationException();
    }
    public MTable(java.util.Properties p0, int p1, java.lang.String p2) {
        super(p0, p1, p2);
    }
    public org.compiere.model.PO getPO(int p0, java.lang.String p1) {
        throw new UnsupportedOperationException();
    }
    public static int getTable_ID(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
}
