package org.compiere.process;

public class ProcessInfo implements java.io.Serializable {
    public ProcessInfo(java.lang.String p0, int p1) {
    }
    public ProcessInfo(java.lang.String p0, int p1, int p2, int p3) {
    }
    public java.lang.String getSummary() {
        throw new UnsupportedOperationException();
    }
    public boolean isError() {
        throw new UnsupportedOperationException();
    }
    public int getAD_PInstance_ID() {
        throw new UnsupportedOperationException();
    }
    public void setAD_Client_ID(int p0) {
        throw new UnsupportedOperationException();
    }
    public void setAD_User_ID(int p0) {
        throw new UnsupportedOperationException();
    }
    public void setParameter(org.compiere.process.ProcessInfoParameter[] p0) {
        throw new UnsupportedOperationException();
    }
    public void setTransactionName(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
}
