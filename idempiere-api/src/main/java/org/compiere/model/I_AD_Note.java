package org.compiere.model;

public interface I_AD_Note {
    public static final java.lang.String Table_Name = "AD_Note";
}
