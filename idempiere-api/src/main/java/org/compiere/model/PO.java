package org.compiere.model;

public abstract class PO implements java.io.Serializable, java.lang.Cloneable, java.util.Comparator<java.lang.Object>, org.compiere.util.Evaluatee {
    public PO(java.util.Properties p0) {
    }
    public PO(java.util.Properties p0, int p1, java.lang.String p2) {
    }
    public PO(java.util.Properties p0, java.lang.String p1, java.lang.String p2) {
    }
    public PO(java.util.Properties p0, java.sql.ResultSet p1, java.lang.String p2) {
    }
    protected abstract org.compiere.model.POInfo initPO(java.util.Properties p0);
    protected abstract int get_AccessLevel();
    public int compare(java.lang.Object p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_TableName() {
        throw new UnsupportedOperationException();
    }
    public int get_Table_ID() {
        throw new UnsupportedOperationException();
    }
    public int get_ID() {
        throw new UnsupportedOperationException();
    }
    public java.util.Properties getCtx() {
        throw new UnsupportedOperationException();
    }
    public org.compiere.util.CLogger get_Logger() {
        throw new UnsupportedOperationException();
    }
    public final java.lang.Object get_Value(int p0) {
        throw new UnsupportedOperationException();
    }
    public int get_ValueAsInt(int p0) {
        throw new UnsupportedOperationException();
    }
    public final java.lang.Object get_Value(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_ValueAsString(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_ValueAsString(int p0) {
        throw new UnsupportedOperationException();
    }
    public final java.lang.Object get_ValueOld(int p0) {
        throw new UnsupportedOperationException();
    }
    public final java.lang.Object get_ValueOld(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public final boolean is_ValueChanged(int p0) {
        throw new UnsupportedOperationException();
    }
    public final boolean is_ValueChanged(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    protected final boolean set_Value(java.lang.String p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    protected final boolean set_Value(java.lang.String p0, java.lang.Object p1, boolean p2) {
        throw new UnsupportedOperationException();
    }
    protected final boolean set_Value(int p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    protected final boolean set_Value(int p0, java.lang.Object p1, boolean p2) {
        throw new UnsupportedOperationException();
    }
    public final boolean set_ValueNoCheck(java.lang.String p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    public final boolean set_ValueOfColumnReturningBoolean(java.lang.String p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    public final void set_ValueOfColumn(java.lang.String p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    public final void set_ValueOfColumn(int p0, java.lang.Object p1) {
        throw new UnsupportedOperationException();
    }
    public final int getAD_Client_ID() {
        throw new UnsupportedOperationException();
    }
    public int getAD_Org_ID() {
        throw new UnsupportedOperationException();
    }
    public boolean is_Changed() {
        throw new UnsupportedOperationException();
    }
    public boolean is_new() {
        throw new UnsupportedOperationException();
    }
    public boolean save() {
        throw new UnsupportedOperationException();
    }
    public void saveEx() {
        throw new UnsupportedOperationException();
    }
    public boolean save(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public void saveEx(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    protected boolean beforeSave(boolean p0) {
        throw new UnsupportedOperationException();
    }
    protected boolean afterSave(boolean p0, boolean p1) {
        throw new UnsupportedOperationException();
    }
    protected boolean beforeDelete() {
        throw new UnsupportedOperationException();
    }
    protected boolean afterDelete(boolean p0) {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_TrxName() {
        throw new UnsupportedOperationException();
    }
    public int get_ValueAsInt(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public boolean get_ValueAsBoolean(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public final void setAD_Org_ID(int p0) {
        throw new UnsupportedOperationException();
    }
    public final void setIsActive(boolean p0) {
        throw new UnsupportedOperationException();
    }
    public final boolean isActive() {
        throw new UnsupportedOperationException();
    }
    public final java.sql.Timestamp getCreated() {
        throw new UnsupportedOperationException();
    }
    public final java.sql.Timestamp getUpdated() {
        throw new UnsupportedOperationException();
    }
    public final int getCreatedBy() {
        throw new UnsupportedOperationException();
    }
    public final int getUpdatedBy() {
        throw new UnsupportedOperationException();
    }
    public void deleteEx(boolean p0) {
        throw new UnsupportedOperationException();
    }
}
