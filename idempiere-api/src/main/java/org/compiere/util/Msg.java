package org.compiere.util;

public final class Msg {
    public static java.lang.String getMsg(java.util.Properties p0, java.lang.String p1) {
        throw new UnsupportedOperationException();
    }
    private Msg() {
    }
}
