package org.compiere.model;

public class POInfo implements java.io.Serializable {
    private POInfo() {
    }
    public static org.compiere.model.POInfo getPOInfo(java.util.Properties p0, int p1, java.lang.String p2) {
        throw new UnsupportedOperationException();
    }
}
