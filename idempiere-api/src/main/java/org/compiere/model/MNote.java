package org.compiere.model;

public class MNote extends org.compiere.model.X_AD_Note {
    public MNote(java.util.Properties p0, java.lang.String p1, int p2, int p3, int p4, java.lang.String p5) {
        super(p0, 0, p5);
    }
}
