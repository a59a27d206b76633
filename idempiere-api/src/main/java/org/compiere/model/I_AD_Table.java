package org.compiere.model;

public interface I_AD_Table {
    public static final java.lang.String Table_Name = "AD_Table";
}
