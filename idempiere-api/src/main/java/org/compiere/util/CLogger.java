package org.compiere.util;

public class CLogger extends java.util.logging.Logger {
    public static org.compiere.util.CLogger getCLogger(java.lang.Class<?> p0) {
        throw new UnsupportedOperationException();
    }
    private CLogger() {
        super(null, null);
    }
}
