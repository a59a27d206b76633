package org.compiere.process;

public interface DocOptions {
    public abstract int customizeValidActions(java.lang.String p0, java.lang.Object p1, java.lang.String p2, java.lang.String p3, int p4, java.lang.String[] p5, java.lang.String[] p6, int p7);
}
