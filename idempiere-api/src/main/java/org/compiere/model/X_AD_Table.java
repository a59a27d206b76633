package org.compiere.model;

public class X_AD_Table extends org.compiere.model.PO implements org.compiere.model.I_AD_Table, org.compiere.model.I_Persistent {
    public X_AD_Table(java.util.Properties p0, int p1, java.lang.String p2) {
        super(p0, p1, p2);
    }
    protected int get_AccessLevel() {
        throw new UnsupportedOperationException();
    }
    protected org.compiere.model.POInfo initPO(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
}
