-- Ledger query layer: the one place that reads iDempiere's Fact_Acct for the CPOM reports, processes
-- and indicators. It applies the client, the accounting schema, the posting type and the organisation, and maps
-- each account to its functional group and budget section. Every function is LANGUAGE sql, STABLE, not STRICT,
-- without a SET clause and made of one SELECT, so that PostgreSQL inlines it into the calling query: the plan
-- reads Fact_Acct directly (no Function Scan), and filters of the caller reach the table. PARALLEL SAFE (they
-- only read), so a query calling them may still use parallel workers like a plain GROUP BY of Fact_Acct.
-- Callers pass constants, parameters or columns of a LATERAL row as arguments: a sub-select given as an argument
-- stops PostgreSQL from inlining the function.
-- One statement per blank-line separated block (the 2Pack splits the file on blank lines).

-- The accounting schema the ledger is read in: the given one when it belongs to the client, else (NULL) the
-- client's primary schema AD_ClientInfo.C_AcctSchema1_ID. No row when the client has no such schema. Joins only
-- (no sub-select), so that the ledger scan joined to it can run in parallel workers.
CREATE OR REPLACE FUNCTION cpom_acctschema(p_client NUMERIC, p_acctschema NUMERIC)
RETURNS TABLE (C_AcctSchema_ID NUMERIC, Name VARCHAR)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT s.C_AcctSchema_ID, s.Name
FROM C_AcctSchema s
LEFT JOIN AD_ClientInfo ci ON ci.AD_Client_ID = p_client
WHERE s.AD_Client_ID = p_client
  AND s.C_AcctSchema_ID = COALESCE(p_acctschema, ci.C_AcctSchema1_ID)
$$;

-- Every account of the client (C_ElementValue) with its functional group and budget section: the client's own
-- active CPOM_AccountGroup rows are tried first, the longest matching AccountPrefix wins; when none matches, the
-- System rows (client 0, the default mapping) are tried the same way. Accounts no prefix matches (balance-sheet
-- classes 1 to 5 in the default mapping) are returned with FunctionalGroup and BudgetSection NULL. A mapped
-- account without a section belongs to the main budget (MAIN).
CREATE OR REPLACE FUNCTION cpom_account_map(p_client NUMERIC)
RETURNS TABLE (Account_ID NUMERIC, AccountValue VARCHAR, FunctionalGroup VARCHAR, BudgetSection VARCHAR)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT ev.C_ElementValue_ID, ev.Value, g.FunctionalGroup,
       CASE WHEN g.FunctionalGroup IS NOT NULL THEN COALESCE(g.BudgetSection, 'MAIN') END
FROM C_ElementValue ev
LEFT JOIN LATERAL (
  SELECT ag.FunctionalGroup, ag.BudgetSection
  FROM CPOM_AccountGroup ag
  WHERE ag.AD_Client_ID IN (p_client, 0) AND ag.IsActive = 'Y'
    AND ev.Value LIKE ag.AccountPrefix || '%'
  ORDER BY CASE WHEN ag.AD_Client_ID = 0 THEN 1 ELSE 0 END, length(ag.AccountPrefix) DESC
  LIMIT 1) g ON TRUE
WHERE ev.AD_Client_ID = p_client
$$;

-- Posted actuals (PostingType 'A') of one client in one accounting schema (NULL = the primary schema, see
-- cpom_acctschema), summed by organisation, account and calendar year of DateAcct (ESSMS keep their accounts by
-- calendar year), with the account's value, group and section. NULL years are unbounded; NULL p_org = every
-- organisation. The ledger is grouped first and mapped after, so the mapping runs once per account, not per line;
-- a line whose account is not in the client's chart is kept, with a NULL value and group.
CREATE OR REPLACE FUNCTION cpom_ledger(p_client NUMERIC, p_acctschema NUMERIC, p_year_from INT, p_year_to INT,
  p_org NUMERIC)
RETURNS TABLE (AD_Org_ID NUMERIC, Account_ID NUMERIC, AccountValue VARCHAR, FiscalYear INT, FunctionalGroup VARCHAR,
  BudgetSection VARCHAR, AmtAcctDr NUMERIC, AmtAcctCr NUMERIC)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT fa.AD_Org_ID, fa.Account_ID, m.AccountValue, fa.FiscalYear, m.FunctionalGroup, m.BudgetSection,
       fa.AmtAcctDr, fa.AmtAcctCr
FROM (
  SELECT f.AD_Org_ID, f.Account_ID, EXTRACT(YEAR FROM f.DateAcct)::int AS FiscalYear,
         SUM(f.AmtAcctDr) AS AmtAcctDr, SUM(f.AmtAcctCr) AS AmtAcctCr
  FROM Fact_Acct f
  JOIN cpom_acctschema(p_client, p_acctschema) s ON s.C_AcctSchema_ID = f.C_AcctSchema_ID
  WHERE f.AD_Client_ID = p_client AND f.PostingType = 'A'
    AND f.DateAcct >= make_date(COALESCE(p_year_from, 1900), 1, 1)
    AND f.DateAcct < make_date(COALESCE(p_year_to, 9998) + 1, 1, 1)
    AND (p_org IS NULL OR f.AD_Org_ID = p_org)
  GROUP BY f.AD_Org_ID, f.Account_ID, EXTRACT(YEAR FROM f.DateAcct)::int
) fa
LEFT JOIN cpom_account_map(p_client) m ON m.Account_ID = fa.Account_ID
$$;
