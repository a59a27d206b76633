package org.cpom.persistence;

import java.util.Map;

/**
 * How processes write records: by table and column name (the generated COLUMNNAME_ constants). Inside iDempiere
 * the writes go through the model layer (POs, so the CPOM event handlers and every other plugin's validators run);
 * outside it, through JDBC with the same rules checked first. A rejected write throws and writes nothing.
 */
public interface RecordStore {

    /** Inserts a record and returns its new id. */
    int insert(String tableName, Map<String, Object> values);

    /** Updates the given columns of a record. */
    void update(String tableName, int id, Map<String, Object> values);
}
