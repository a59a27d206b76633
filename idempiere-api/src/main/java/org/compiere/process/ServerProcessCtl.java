package org.compiere.process;

public class ServerProcessCtl implements java.lang.Runnable {
    public ServerProcessCtl(org.compiere.process.ProcessInfo p0, org.compiere.util.Trx p1) {
    }
    public static org.compiere.process.ServerProcessCtl process(org.compiere.process.ProcessInfo p0, org.compiere.util.Trx p1) {
        throw new UnsupportedOperationException();
    }
    public void run() {
        throw new UnsupportedOperationException();
    }
}
