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
}
