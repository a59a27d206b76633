-- TEST FIXTURE: a minimal stand-in of the iDempiere core tables the CPOM schema and reports reference
-- (AD_Client, AD_Org, AD_User, C_BPartner, C_Currency, C_AcctSchema, C_ElementValue, Fact_Acct, AD_Note, AD_ClientInfo), with the real
-- iDempiere table and column names (subset). Not iDempiere's DDL; never shipped in the plugin. Published by
-- cpom-dictionary as the classpath resource idempiere-core-standin.sql for every database test.
CREATE TABLE AD_Client (
  AD_Client_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Value VARCHAR(40) NOT NULL, Name VARCHAR(60) NOT NULL, AD_Language VARCHAR(6),
  CONSTRAINT AD_Client_Key PRIMARY KEY (AD_Client_ID));
CREATE TABLE AD_Org (
  AD_Org_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Value VARCHAR(40) NOT NULL, Name VARCHAR(60) NOT NULL, IsSummary CHAR(1) DEFAULT 'N' NOT NULL,
  CONSTRAINT AD_Org_Key PRIMARY KEY (AD_Org_ID));
CREATE TABLE AD_User (
  AD_User_ID NUMERIC(10) NOT NULL, AD_User_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Value VARCHAR(40), Name VARCHAR(60) NOT NULL, EMail VARCHAR(60), Title VARCHAR(40), C_BPartner_ID NUMERIC(10),
  CONSTRAINT AD_User_Key PRIMARY KEY (AD_User_ID));
CREATE TABLE C_BPartner (
  C_BPartner_ID NUMERIC(10) NOT NULL, C_BPartner_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Value VARCHAR(40) NOT NULL, Name VARCHAR(120) NOT NULL, TaxID VARCHAR(20), IsVendor CHAR(1) DEFAULT 'N', IsCustomer CHAR(1) DEFAULT 'N',
  CONSTRAINT C_BPartner_Key PRIMARY KEY (C_BPartner_ID));
CREATE TABLE C_Currency (
  C_Currency_ID NUMERIC(10) NOT NULL, C_Currency_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  ISO_Code CHAR(3) NOT NULL, CurSymbol VARCHAR(10), Description VARCHAR(255), StdPrecision NUMERIC(10) DEFAULT 2,
  CONSTRAINT C_Currency_Key PRIMARY KEY (C_Currency_ID));
CREATE TABLE C_AcctSchema (
  C_AcctSchema_ID NUMERIC(10) NOT NULL, C_AcctSchema_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Name VARCHAR(60) NOT NULL, C_Currency_ID NUMERIC(10) NOT NULL,
  CONSTRAINT C_AcctSchema_Key PRIMARY KEY (C_AcctSchema_ID));
CREATE TABLE C_ElementValue (
  C_ElementValue_ID NUMERIC(10) NOT NULL, C_ElementValue_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Value VARCHAR(40) NOT NULL, Name VARCHAR(120) NOT NULL, AccountType CHAR(1) NOT NULL, AccountSign CHAR(1) DEFAULT 'N', IsSummary CHAR(1) DEFAULT 'N', C_Element_ID NUMERIC(10),
  CONSTRAINT C_ElementValue_Key PRIMARY KEY (C_ElementValue_ID));
CREATE TABLE Fact_Acct (
  Fact_Acct_ID NUMERIC(10) NOT NULL, Fact_Acct_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  C_AcctSchema_ID NUMERIC(10) NOT NULL, Account_ID NUMERIC(10) NOT NULL, DateTrx TIMESTAMP NOT NULL, DateAcct TIMESTAMP NOT NULL, C_Period_ID NUMERIC(10), AD_Table_ID NUMERIC(10) NOT NULL, Record_ID NUMERIC(10) NOT NULL, Line_ID NUMERIC(10), PostingType CHAR(1) NOT NULL, C_Currency_ID NUMERIC(10), AmtSourceDr NUMERIC DEFAULT 0, AmtSourceCr NUMERIC DEFAULT 0, AmtAcctDr NUMERIC DEFAULT 0 NOT NULL, AmtAcctCr NUMERIC DEFAULT 0 NOT NULL, Description VARCHAR(255), C_BPartner_ID NUMERIC(10),
  CONSTRAINT Fact_Acct_Key PRIMARY KEY (Fact_Acct_ID));
CREATE INDEX fact_acct_dateacct ON Fact_Acct (AD_Client_ID, DateAcct);

-- The System rows every iDempiere database has: client 0, organisation 0 (*) and SuperUser (100), which own
-- the CPOM reference data seeded for client 0.
INSERT INTO AD_Client (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (0, 0, 0, 0, 'SYSTEM', 'System');
INSERT INTO AD_Org (AD_Org_ID, AD_Client_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (0, 0, 0, 0, '0', '*');
INSERT INTO AD_User (AD_User_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (100, 0, 0, 0, 0, 'SuperUser', 'SuperUser');
CREATE TABLE AD_Note (
  AD_Note_ID NUMERIC(10) NOT NULL, AD_Note_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  AD_Message_ID NUMERIC(10) NOT NULL, AD_User_ID NUMERIC(10), AD_Table_ID NUMERIC(10), Record_ID NUMERIC(10),
  Reference VARCHAR(255), TextMsg VARCHAR(2000), Description VARCHAR(255), Processed CHAR(1) DEFAULT 'N', Processing CHAR(1),
  CONSTRAINT AD_Note_Key PRIMARY KEY (AD_Note_ID));
CREATE TABLE AD_ClientInfo (
  AD_ClientInfo_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  C_AcctSchema1_ID NUMERIC(10), C_Calendar_ID NUMERIC(10),
  CONSTRAINT AD_ClientInfo_Key PRIMARY KEY (AD_Client_ID));
