package org.cpom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.cpom.core.i18n.MessageKeys;

/**
 * Test-only stand-ins the calendar processes need (AD_SysConfig for the calendar settings, with release-12's
 * columns) and the notices need beyond the shared core stand-in, with release-12's names and sizes:
 * AD_Message (Value unique, MsgText, MsgType, EntityType) with the CPOM alert messages the 2Pack ships, the foreign
 * key AD_Note.AD_Message_ID → AD_Message (NOT NULL as in AD_Note), and C_BPartner.AD_Language (VARCHAR(6)), the
 * language iDempiere reads for a user's business partner.
 */
public final class AlertStandIns {

    static final List<String> ALERT_MESSAGES = List.of(MessageKeys.ALERT_DEADLINE_DUE,
            MessageKeys.ALERT_DEADLINE_DUE_TODAY, MessageKeys.ALERT_DEADLINE_OVERDUE);

    private AlertStandIns() {
    }

    public static void install(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS AD_Message (AD_Message_ID NUMERIC(10) NOT NULL, "
                    + "AD_Message_UU VARCHAR(36), AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, "
                    + "IsActive CHAR(1) DEFAULT 'Y' NOT NULL, Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, "
                    + "CreatedBy NUMERIC(10) NOT NULL, Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, "
                    + "UpdatedBy NUMERIC(10) NOT NULL, Value VARCHAR(255) NOT NULL, MsgText VARCHAR(2000) NOT NULL, "
                    + "MsgTip VARCHAR(2000), MsgType CHAR(1) DEFAULT 'I' NOT NULL, EntityType VARCHAR(40) NOT NULL, "
                    + "CONSTRAINT AD_Message_Key PRIMARY KEY (AD_Message_ID), CONSTRAINT AD_Message_Value UNIQUE (Value))");
            st.execute("ALTER TABLE C_BPartner ADD COLUMN IF NOT EXISTS AD_Language VARCHAR(6)");
            st.execute("CREATE TABLE IF NOT EXISTS AD_SysConfig (AD_SysConfig_ID NUMERIC(10) NOT NULL, "
                    + "AD_SysConfig_UU VARCHAR(36), AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, "
                    + "IsActive CHAR(1) DEFAULT 'Y' NOT NULL, Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, "
                    + "CreatedBy NUMERIC(10) NOT NULL, Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, "
                    + "UpdatedBy NUMERIC(10) NOT NULL, Name VARCHAR(50) NOT NULL, Value VARCHAR(255) NOT NULL, "
                    + "Description VARCHAR(255), ConfigurationLevel CHAR(1) DEFAULT 'S', EntityType VARCHAR(40) "
                    + "DEFAULT 'U' NOT NULL, CONSTRAINT AD_SysConfig_Key PRIMARY KEY (AD_SysConfig_ID))");
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname='admessage_adnote') "
                    + "THEN ALTER TABLE AD_Note ADD CONSTRAINT ADMessage_ADNote FOREIGN KEY (AD_Message_ID) "
                    + "REFERENCES AD_Message (AD_Message_ID); END IF; END $$");
            int id = 300000;
            for (String key : ALERT_MESSAGES) {
                st.execute("INSERT INTO AD_Message (AD_Message_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, "
                        + "Value, MsgText, EntityType) VALUES (" + (++id) + ", 0, 0, 0, 0, '" + key + "', '" + key
                        + "', 'CPOM') ON CONFLICT DO NOTHING");
            }
        }
    }
}
