package org.compiere.util;

public final class Env {
    public static final java.util.Properties getCtx() {
        throw new UnsupportedOperationException();
    }
    public static int getAD_Client_ID(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
    public static int getAD_User_ID(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
    public static java.lang.String getAD_Language(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
    public static void setContext(java.util.Properties p0, java.lang.String p1, java.lang.String p2) {
        throw new UnsupportedOperationException();
    }
    public static void setContext(java.util.Properties p0, java.lang.String p1, int p2) {
        throw new UnsupportedOperationException();
    }
}
