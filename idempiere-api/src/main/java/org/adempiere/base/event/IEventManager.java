package org.adempiere.base.event;

public interface IEventManager {
    public static final java.lang.String EVENT_CONTEXT = "event.context";
    public static final java.lang.String EVENT_DATA = "event.data";
    public static final java.lang.String EVENT_ERROR_MESSAGES = "event.errorMessages";
    public static final java.lang.String IMPORT_TABLE_NAME_PROPERTY = "importTableName";
    public static final java.lang.String TABLE_NAME_PROPERTY = "tableName";
    public static final java.lang.String PROCESS_UID_PROPERTY = "processUUID";
    public static final java.lang.String CLASS_NAME_PROPERTY = "className";
    public static final java.lang.String PROCESS_CLASS_NAME_PROPERTY = "processClassName";
}
