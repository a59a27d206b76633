package org.compiere;

public final class Adempiere {
    public static boolean isStarted() {
        throw new UnsupportedOperationException();
    }
    public static boolean startup(boolean p0) {
        throw new UnsupportedOperationException();
    }
    private Adempiere() {
    }
}
