-- TEST FIXTURE, applied right after idempiere-core-standin.sql: the accounting set-up of a client, with the real
-- iDempiere table and column names (subset). Fact_Acct holds one set of lines per accounting schema
-- (C_AcctSchema_ID); the client's primary schema is AD_ClientInfo.C_AcctSchema1_ID. Not iDempiere's DDL; never
-- shipped in the plugin. Written so that it also runs over a core stand-in that already has these objects.
CREATE TABLE IF NOT EXISTS AD_ClientInfo (
  AD_ClientInfo_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  C_AcctSchema1_ID NUMERIC(10), C_Calendar_ID NUMERIC(10),
  CONSTRAINT AD_ClientInfo_Key PRIMARY KEY (AD_Client_ID));

-- as in iDempiere, a ledger line and a client's primary schema point to an existing schema
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'cacctschema1_adclientinfo') THEN
    ALTER TABLE AD_ClientInfo ADD CONSTRAINT CAcctSchema1_ADClientInfo FOREIGN KEY (C_AcctSchema1_ID)
      REFERENCES C_AcctSchema (C_AcctSchema_ID) DEFERRABLE INITIALLY DEFERRED;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'cacctschema_factacct') THEN
    ALTER TABLE Fact_Acct ADD CONSTRAINT CAcctSchema_FactAcct FOREIGN KEY (C_AcctSchema_ID)
      REFERENCES C_AcctSchema (C_AcctSchema_ID) DEFERRABLE INITIALLY DEFERRED;
  END IF;
END $$;

-- the System client has its client info row and no accounting schema
INSERT INTO AD_ClientInfo (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy)
  SELECT 0, 0, 0, 0 WHERE EXISTS (SELECT 1 FROM AD_Client WHERE AD_Client_ID = 0)
  ON CONFLICT (AD_Client_ID) DO NOTHING;
