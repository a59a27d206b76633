-- TEST FIXTURE: the iDempiere release-12 objects the shipped scheduler SQL uses, with their real names and types
-- (subset): AD_Sequence (numeric IDs, as every iDempiere ID column), AD_Process, AD_Schedule, AD_Scheduler, and
-- nextidfunc with its release-12 signature (p_AD_Sequence_ID INTEGER, p_System VARCHAR) RETURNS INTEGER, so that
-- an argument of another type fails here as it fails on a server. The body is this fixture's own: the next
-- CurrentNext (or CurrentNextSys for 'Y') of the sequence, then the sequence moves on.
CREATE TABLE AD_Sequence (
  AD_Sequence_ID NUMERIC(10) NOT NULL, AD_Client_ID NUMERIC(10) NOT NULL, Name VARCHAR(60) NOT NULL,
  IsTableID CHAR(1) DEFAULT 'N' NOT NULL, CurrentNext NUMERIC(10) NOT NULL, CurrentNextSys NUMERIC(10) NOT NULL,
  IncrementNo NUMERIC(10) DEFAULT 1 NOT NULL,
  CONSTRAINT AD_Sequence_Key PRIMARY KEY (AD_Sequence_ID));
CREATE TABLE AD_Process (
  AD_Process_ID NUMERIC(10) NOT NULL, AD_Process_UU VARCHAR(36), AD_Client_ID NUMERIC(10) NOT NULL,
  Value VARCHAR(60) NOT NULL, Name VARCHAR(60) NOT NULL,
  CONSTRAINT AD_Process_Key PRIMARY KEY (AD_Process_ID));
CREATE TABLE AD_Schedule (
  AD_Schedule_ID NUMERIC(10) NOT NULL, AD_Schedule_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Name VARCHAR(60) NOT NULL, Description VARCHAR(255), ScheduleType CHAR(1), CronPattern VARCHAR(255),
  Frequency NUMERIC(10), FrequencyType CHAR(1), IsIgnoreProcessingTime CHAR(1) DEFAULT 'N' NOT NULL,
  IsSystemSchedule CHAR(1) DEFAULT 'N' NOT NULL, MonthDay NUMERIC(10), WeekDay CHAR(1), RunOnlyOnIP VARCHAR(255),
  CONSTRAINT AD_Schedule_Key PRIMARY KEY (AD_Schedule_ID));
CREATE TABLE AD_Scheduler (
  AD_Scheduler_ID NUMERIC(10) NOT NULL, AD_Scheduler_UU VARCHAR(36),
  AD_Client_ID NUMERIC(10) NOT NULL, AD_Org_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL,
  Created TIMESTAMP DEFAULT statement_timestamp() NOT NULL, CreatedBy NUMERIC(10) NOT NULL,
  Updated TIMESTAMP DEFAULT statement_timestamp() NOT NULL, UpdatedBy NUMERIC(10) NOT NULL,
  Name VARCHAR(60) NOT NULL, Description VARCHAR(255), AD_Process_ID NUMERIC(10) NOT NULL,
  AD_Schedule_ID NUMERIC(10) NOT NULL REFERENCES AD_Schedule, KeepLogDays NUMERIC(10) DEFAULT 7 NOT NULL,
  Supervisor_ID NUMERIC(10) NOT NULL, DateLastRun TIMESTAMP, DateNextRun TIMESTAMP, Processing CHAR(1),
  CONSTRAINT AD_Scheduler_Key PRIMARY KEY (AD_Scheduler_ID));
CREATE FUNCTION nextidfunc(p_AD_Sequence_ID INTEGER, p_System VARCHAR) RETURNS INTEGER AS $$
  UPDATE AD_Sequence SET CurrentNext = CASE WHEN p_System = 'Y' THEN CurrentNext ELSE CurrentNext + IncrementNo END,
    CurrentNextSys = CASE WHEN p_System = 'Y' THEN CurrentNextSys + IncrementNo ELSE CurrentNextSys END
  WHERE AD_Sequence_ID = p_AD_Sequence_ID
  RETURNING (CASE WHEN p_System = 'Y' THEN CurrentNextSys ELSE CurrentNext END - IncrementNo)::integer
$$ LANGUAGE sql;
INSERT INTO AD_Sequence (AD_Sequence_ID, AD_Client_ID, Name, IsTableID, CurrentNext, CurrentNextSys) VALUES
  (53140, 0, 'AD_Schedule', 'Y', 1000000, 200000), (1000, 0, 'AD_Scheduler', 'Y', 1000000, 200000);
