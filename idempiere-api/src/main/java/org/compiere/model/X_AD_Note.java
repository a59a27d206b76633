package org.compiere.model;

public class X_AD_Note extends org.compiere.model.PO implements org.compiere.model.I_AD_Note, org.compiere.model.I_Persistent {
    public X_AD_Note(java.util.Properties p0, int p1, java.lang.String p2) {
        super(p0, p1, p2);
    }
    protected int get_AccessLevel() {
        throw new UnsupportedOperationException();
    }
    protected org.compiere.model.POInfo initPO(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
    public void setReference(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public void setTextMsg(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
}
