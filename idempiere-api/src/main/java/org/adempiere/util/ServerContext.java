package org.adempiere.util;

public final class ServerContext implements java.io.Serializable {
    public static java.util.Properties getCurrentInstance() {
        throw new UnsupportedOperationException();
    }
    public static void dispose() {
        throw new UnsupportedOperationException();
    }
    public static void setCurrentInstance(java.util.Properties p0) {
        throw new UnsupportedOperationException();
    }
    private ServerContext() {
    }
}
