package org.compiere.process;

public interface ProcessCall {
    public abstract boolean startProcess(java.util.Properties p0, org.compiere.process.ProcessInfo p1, org.compiere.util.Trx p2);
    public abstract void setProcessUI(org.adempiere.util.IProcessUI p0);
}
