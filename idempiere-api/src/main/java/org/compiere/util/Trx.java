package org.compiere.util;

public class Trx {
    public static org.compiere.util.Trx get(java.lang.String p0, boolean p1) {
        throw new UnsupportedOperationException();
    }
    public java.sql.Connection getConnection() {
        throw new UnsupportedOperationException();
    }
    private Trx() {
    }
    public static java.lang.String createTrxName(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getTrxName() {
        throw new UnsupportedOperationException();
    }
    public boolean start() {
        throw new UnsupportedOperationException();
    }
    public boolean commit() {
        throw new UnsupportedOperationException();
    }
    public synchronized boolean commit(boolean p0) throws java.sql.SQLException {
        throw new UnsupportedOperationException();
    }
    public boolean rollback() {
        throw new UnsupportedOperationException();
    }
    public boolean close() {
        throw new UnsupportedOperationException();
    }
}
