package org.compiere.model;

public class ModelValidationEngine {
    public static org.compiere.model.ModelValidationEngine get() {
        throw new UnsupportedOperationException();
    }
    public java.lang.String fireDocValidate(org.compiere.model.PO p0, int p1) {
        throw new UnsupportedOperationException();
    }
    private ModelValidationEngine() {
    }
}
