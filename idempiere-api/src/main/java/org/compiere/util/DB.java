package org.compiere.util;

public final class DB {
    public static java.sql.Connection createConnection(boolean p0, int p1) {
        throw new UnsupportedOperationException();
    }
    public static int getSQLValueEx(java.lang.String p0, java.lang.String p1, java.lang.Object... p2) {
        throw new UnsupportedOperationException();
    }
    public static java.lang.String getSQLValueStringEx(java.lang.String p0, java.lang.String p1, java.lang.Object... p2) {
        throw new UnsupportedOperationException();
    }
    public static int executeUpdateEx(java.lang.String p0, java.lang.Object[] p1, java.lang.String p2) {
        throw new UnsupportedOperationException();
    }
}
