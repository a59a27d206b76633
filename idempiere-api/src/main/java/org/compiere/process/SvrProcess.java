package org.compiere.process;

public abstract class SvrProcess implements org.compiere.process.ProcessCall {
    public SvrProcess() {
    }
    protected org.compiere.util.CLogger log;
    public final boolean startProcess(java.util.Properties p0, org.compiere.process.ProcessInfo p1, org.compiere.util.Trx p2) {
        throw new UnsupportedOperationException();
    }
    protected abstract void prepare();
    protected abstract java.lang.String doIt() throws java.lang.Exception;
    public org.compiere.process.ProcessInfo getProcessInfo() {
        throw new UnsupportedOperationException();
    }
    public java.util.Properties getCtx() {
        throw new UnsupportedOperationException();
    }
    protected int getTable_ID() {
        throw new UnsupportedOperationException();
    }
    protected int getRecord_ID() {
        throw new UnsupportedOperationException();
    }
    protected int getAD_User_ID() {
        throw new UnsupportedOperationException();
    }
    protected int getAD_Client_ID() {
        throw new UnsupportedOperationException();
    }
    protected org.compiere.process.ProcessInfoParameter[] getParameter() {
        throw new UnsupportedOperationException();
    }
    public void addLog(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_TrxName() {
        throw new UnsupportedOperationException();
    }
    public void setProcessUI(org.adempiere.util.IProcessUI p0) {
        throw new UnsupportedOperationException();
    }
}
