package org.compiere.process;

public class ProcessInfo implements java.io.Serializable {
    public ProcessInfo(java.lang.String p0, int p1) {
    }
}
