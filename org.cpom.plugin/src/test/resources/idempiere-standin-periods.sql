-- TEST FIXTURE (org.cpom.plugin tests only; never shipped): iDempiere's calendar and period control with the real
-- release-12 table and column names (subset of C_Calendar, C_Year, C_Period, C_PeriodControl) and the automatic
-- period control columns of C_AcctSchema, so PeriodStatus reads what a server holds. Applied after the core
-- stand-in. As in iDempiere: a year belongs to a calendar, FiscalYear is text, a period has a type (S standard,
-- A adjustment), and each period has one control row per document base type whose PeriodStatus is O (open),
-- C (closed), P (permanently closed), D (document closed: postings still accepted) or N (never opened).
CREATE TABLE C_Calendar (
  C_Calendar_ID NUMERIC(10) NOT NULL, C_Calendar_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Name VARCHAR(60) NOT NULL, Description VARCHAR(255),
  CONSTRAINT C_Calendar_Key PRIMARY KEY (C_Calendar_ID));
CREATE TABLE C_Year (
  C_Year_ID NUMERIC(10) NOT NULL, C_Year_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  FiscalYear VARCHAR(10) NOT NULL, Description VARCHAR(255), C_Calendar_ID NUMERIC(10) NOT NULL,
  Processing CHAR(1),
  CONSTRAINT C_Year_Key PRIMARY KEY (C_Year_ID),
  CONSTRAINT CCalendar_CYear FOREIGN KEY (C_Calendar_ID) REFERENCES C_Calendar (C_Calendar_ID));
CREATE TABLE C_Period (
  C_Period_ID NUMERIC(10) NOT NULL, C_Period_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Name VARCHAR(60) NOT NULL, PeriodNo NUMERIC(10) NOT NULL, C_Year_ID NUMERIC(10) NOT NULL,
  StartDate TIMESTAMP NOT NULL, EndDate TIMESTAMP, PeriodType CHAR(1) DEFAULT 'S' NOT NULL
    CHECK (PeriodType IN ('S', 'A')),
  Processing CHAR(1),
  CONSTRAINT C_Period_Key PRIMARY KEY (C_Period_ID),
  CONSTRAINT CYear_CPeriod FOREIGN KEY (C_Year_ID) REFERENCES C_Year (C_Year_ID));
CREATE TABLE C_PeriodControl (
  C_PeriodControl_ID NUMERIC(10) NOT NULL, C_PeriodControl_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  C_Period_ID NUMERIC(10) NOT NULL, DocBaseType VARCHAR(3) NOT NULL,
  PeriodStatus CHAR(1) NOT NULL CHECK (PeriodStatus IN ('C', 'D', 'N', 'O', 'P')),
  PeriodAction CHAR(1) NOT NULL CHECK (PeriodAction IN ('C', 'D', 'N', 'O', 'P')),
  Processing CHAR(1),
  CONSTRAINT C_PeriodControl_Key PRIMARY KEY (C_PeriodControl_ID),
  CONSTRAINT CPeriod_CPeriodControl FOREIGN KEY (C_Period_ID) REFERENCES C_Period (C_Period_ID));
ALTER TABLE C_AcctSchema ADD COLUMN IF NOT EXISTS AutoPeriodControl CHAR(1) DEFAULT 'N' NOT NULL;
ALTER TABLE C_AcctSchema ADD COLUMN IF NOT EXISTS Period_OpenHistory NUMERIC(10);
ALTER TABLE C_AcctSchema ADD COLUMN IF NOT EXISTS Period_OpenFuture NUMERIC(10);
