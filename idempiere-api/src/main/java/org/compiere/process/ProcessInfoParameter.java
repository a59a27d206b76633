package org.compiere.process;

public class ProcessInfoParameter implements java.io.Serializable {
    public ProcessInfoParameter(java.lang.String p0, java.lang.Object p1, java.lang.Object p2, java.lang.String p3, java.lang.String p4) {
    }
    public ProcessInfoParameter(java.lang.String p0, java.lang.Object p1, java.lang.Object p2, java.lang.String p3, java.lang.String p4, boolean p5) {
    }
    public java.lang.String toString() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getInfo() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getInfo_To() {
        throw new UnsupportedOperationException();
    }
    public java.lang.Object getParameter() {
        throw new UnsupportedOperationException();
    }
    public int getParameterAsInt() {
        throw new UnsupportedOperationException();
    }
    public boolean getParameterAsBoolean() {
        throw new UnsupportedOperationException();
    }
    public java.lang.Object getParameter_To() {
        throw new UnsupportedOperationException();
    }
    public int getParameter_ToAsInt() {
        throw new UnsupportedOperationException();
    }
    public boolean getParameter_ToAsBoolean() {
        throw new UnsupportedOperationException();
    }
    public java.sql.Timestamp getParameter_ToAsTimestamp() {
        throw new UnsupportedOperationException();
    }
    public java.sql.Timestamp getParameterAsTimestamp() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameter_ToAsString() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameterAsString() {
        throw new UnsupportedOperationException();
    }
    public java.math.BigDecimal getParameter_ToAsBigDecimal() {
        throw new UnsupportedOperationException();
    }
    public java.math.BigDecimal getParameterAsBigDecimal() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameterName() {
        throw new UnsupportedOperationException();
    }
    public boolean isNotClause() {
        throw new UnsupportedOperationException();
    }
    public void setInfo(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public void setInfo_To(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public void setParameter(java.lang.Object p0) {
        throw new UnsupportedOperationException();
    }
    public void setParameter_To(java.lang.Object p0) {
        throw new UnsupportedOperationException();
    }
    public void setParameterName(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public void setIsNotClause(boolean p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameterAsCSVInt() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameter_ToAsCSVInt() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameterAsCSVString() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getParameter_ToAsCSVString() {
        throw new UnsupportedOperationException();
    }
    public int[] getParameterAsIntArray() {
        throw new UnsupportedOperationException();
    }
    public int[] getParameterToAsIntArray() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String[] getParameterAsStringArray() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String[] getParameterToAsStringArray() {
        throw new UnsupportedOperationException();
    }
}
