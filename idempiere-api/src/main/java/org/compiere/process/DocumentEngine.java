package org.compiere.process;

public class DocumentEngine implements org.compiere.process.DocAction {
    public DocumentEngine(org.compiere.process.DocAction p0, java.lang.String p1) {
    }
    public java.lang.String getDocStatus() {
        throw new UnsupportedOperationException();
    }
    public void setDocStatus(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public boolean processIt(java.lang.String p0, java.lang.String p1) {
        throw new UnsupportedOperationException();
    }
    public boolean processIt(java.lang.String p0) {
        throw new UnsupportedOperationException();
    }
    public boolean unlockIt() {
        throw new UnsupportedOperationException();
    }
    public boolean invalidateIt() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String prepareIt() {
        throw new UnsupportedOperationException();
    }
    public boolean approveIt() {
        throw new UnsupportedOperationException();
    }
    public boolean rejectIt() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String completeIt() {
        throw new UnsupportedOperationException();
    }
    public boolean voidIt() {
        throw new UnsupportedOperationException();
    }
    public boolean closeIt() {
        throw new UnsupportedOperationException();
    }
    public boolean reverseCorrectIt() {
        throw new UnsupportedOperationException();
    }
    public boolean reverseAccrualIt() {
        throw new UnsupportedOperationException();
    }
    public boolean reActivateIt() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getProcessMsg() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getSummary() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getDocumentNo() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getDocumentInfo() {
        throw new UnsupportedOperationException();
    }
    public int getDoc_User_ID() {
        throw new UnsupportedOperationException();
    }
    public int getC_Currency_ID() {
        throw new UnsupportedOperationException();
    }
    public java.math.BigDecimal getApprovalAmt() {
        throw new UnsupportedOperationException();
    }
    public int getAD_Client_ID() {
        throw new UnsupportedOperationException();
    }
    public int getAD_Org_ID() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String getDocAction() {
        throw new UnsupportedOperationException();
    }
    public boolean save() {
        throw new UnsupportedOperationException();
    }
    public void saveEx() {
        throw new UnsupportedOperationException();
    }
    public java.util.Properties getCtx() {
        throw new UnsupportedOperationException();
    }
    public int get_ID() {
        throw new UnsupportedOperationException();
    }
    public int get_Table_ID() {
        throw new UnsupportedOperationException();
    }
    public org.compiere.util.CLogger get_Logger() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String get_TrxName() {
        throw new UnsupportedOperationException();
    }
    public java.io.File createPDF() {
        throw new UnsupportedOperationException();
    }
    public static int getValidActions(java.lang.String p0, java.lang.Object p1, java.lang.String p2, java.lang.String p3, int p4, java.lang.String[] p5, java.lang.String[] p6, boolean p7, org.compiere.model.PO p8) {
        throw new UnsupportedOperationException();
    }
}
