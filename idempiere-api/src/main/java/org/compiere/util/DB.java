package org.compiere.util;

public final class DB {
    public static java.sql.Connection createConnection(boolean p0, int p1) {
        throw new UnsupportedOperationException();
    }
}
