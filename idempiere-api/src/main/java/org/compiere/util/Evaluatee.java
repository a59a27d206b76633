package org.compiere.util;

public interface Evaluatee {
    public abstract java.lang.String get_ValueAsString(java.lang.String p0);
}
