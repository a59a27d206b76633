package org.compiere.model;

public class POInfo implements java.io.Serializable {
    private POInfo() {
    }
}
