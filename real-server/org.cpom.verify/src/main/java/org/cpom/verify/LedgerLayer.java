package org.cpom.verify;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ledger query layer the 2Pack ships (cpom_acctschema, cpom_account_map, cpom_ledger) on the real Fact_Acct of
 * the tenant (GardenWorld has posted documents): the same rows and totals as a plain GROUP BY of the posted actuals
 * of the primary accounting schema, and PostgreSQL inlines the function (no Function Scan in the plan). Also the
 * alert scheduler the 2Pack ships: one, inactive, in the System client, running the alert process. A core whose
 * tenant has no posted line (the tool's synthetic database) first gets three lines saved through PO (Fact_Acct's
 * model class, its real mandatory columns), so the comparison has something to compare.
 */
final class LedgerLayer {

    private final Report report;
    private final Session session;

    LedgerLayer(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    void check() {
        int client = session.clientId();
        postWhenTheCoreHasNoLedger(client);
        String plain = "SELECT COUNT(*), COALESCE(SUM(dr), 0), COALESCE(SUM(cr), 0) FROM (SELECT f.AD_Org_ID, f.Account_ID,"
                + " EXTRACT(YEAR FROM f.DateAcct), SUM(f.AmtAcctDr) dr, SUM(f.AmtAcctCr) cr FROM Fact_Acct f"
                + " WHERE f.AD_Client_ID=? AND f.PostingType='A' AND f.C_AcctSchema_ID=(SELECT C_AcctSchema1_ID FROM"
                + " AD_ClientInfo WHERE AD_Client_ID=?) GROUP BY 1, 2, 3) x";
        String layer = "SELECT COUNT(*), COALESCE(SUM(AmtAcctDr), 0), COALESCE(SUM(AmtAcctCr), 0)"
                + " FROM cpom_ledger(?, NULL, NULL, NULL, NULL)";
        List<Object> expected = Session.rows(plain, client, client).get(0);
        List<Object> actual = Session.rows(layer, BigDecimal.valueOf(client)).get(0);
        long rows = ((Number) expected.get(0)).longValue();
        boolean same = rows > 0 && ((Number) actual.get(0)).longValue() == rows
                && Session.decimal(actual.get(1)).compareTo(Session.decimal(expected.get(1))) == 0
                && Session.decimal(actual.get(2)).compareTo(Session.decimal(expected.get(2))) == 0;
        report.check("ledger layer", "cpom_ledger = plain GROUP BY of the posted actuals (primary schema)", same,
                "plain " + expected + ", cpom_ledger " + actual);

        String plan = Session.rows("EXPLAIN SELECT FiscalYear, SUM(AmtAcctDr) FROM cpom_ledger(?, NULL, 2000, 2030, NULL)"
                + " GROUP BY FiscalYear", BigDecimal.valueOf(client)).stream().map(r -> String.valueOf(r.get(0)))
                .collect(Collectors.joining("\n"));
        report.check("ledger layer", "cpom_ledger inlined: Fact_Acct read in the caller's plan",
                plan.toLowerCase().contains("fact_acct") && !plan.contains("Function Scan on cpom_ledger"),
                plan.lines().limit(3).collect(Collectors.joining(" | ")));

        int mapped = Session.value("SELECT COUNT(*) FROM cpom_account_map(?) WHERE FunctionalGroup IS NOT NULL",
                BigDecimal.valueOf(client));
        int accounts = Session.value("SELECT COUNT(*) FROM C_ElementValue WHERE AD_Client_ID=?", client);
        report.check("ledger layer", "cpom_account_map maps the tenant's accounts", accounts > 0 && mapped >= 0
                        && Session.value("SELECT COUNT(*) FROM cpom_account_map(?)", BigDecimal.valueOf(client)) == accounts,
                mapped + " of " + accounts + " accounts in a functional group (the rest: balance sheet or unmapped)");

        List<List<Object>> schedulers = Session.rows("SELECT s.IsActive, s.AD_Client_ID, sc.ScheduleType, sc.CronPattern,"
                + " s.Supervisor_ID FROM AD_Scheduler s JOIN AD_Process p ON p.AD_Process_ID=s.AD_Process_ID"
                + " JOIN AD_Schedule sc ON sc.AD_Schedule_ID=s.AD_Schedule_ID WHERE p.Value='CPOM_SendDeadlineAlerts'");
        boolean shipped = schedulers.size() == 1 && "N".equals(schedulers.get(0).get(0))
                && ((Number) schedulers.get(0).get(1)).intValue() == 0;
        report.check("ledger layer", "alert scheduler shipped once, inactive, System client", shipped,
                schedulers.toString());
    }

    private void postWhenTheCoreHasNoLedger(int client) {
        int posted = Session.value("SELECT COUNT(*) FROM Fact_Acct WHERE AD_Client_ID=? AND PostingType='A'", client);
        if (posted > 0) {
            report.fact("ledger layer: posted lines of the tenant", String.valueOf(posted));
            return;
        }
        int schema = Session.value("SELECT C_AcctSchema1_ID FROM AD_ClientInfo WHERE AD_Client_ID=?", client);
        int currency = Session.value("SELECT C_Currency_ID FROM C_AcctSchema WHERE C_AcctSchema_ID=?", schema);
        int expense = Session.value("SELECT MIN(C_ElementValue_ID) FROM C_ElementValue WHERE AD_Client_ID=? AND AccountType='E'"
                + " AND IsSummary='N'", client);
        int revenue = Session.value("SELECT MIN(C_ElementValue_ID) FROM C_ElementValue WHERE AD_Client_ID=? AND AccountType='R'"
                + " AND IsSummary='N'", client);
        java.sql.Timestamp date = java.sql.Timestamp.valueOf("2016-03-15 00:00:00");
        // PO checks that Record_ID exists in AD_Table_ID's table: the lines point at a business partner of the tenant
        int bpartner = Session.value("SELECT MIN(C_BPartner_ID) FROM C_BPartner WHERE AD_Client_ID=?", client);
        int period = Session.value("SELECT COALESCE(MIN(p.C_Period_ID), 0) FROM C_Period p JOIN C_Year y ON y.C_Year_ID=p.C_Year_ID"
                + " WHERE y.AD_Client_ID=? AND ? BETWEEN p.StartDate AND p.EndDate", client, date);
        String trx = Session.newTrx("cpomv-fact");
        try {
            Object[][] lines = {{expense, "1200.00", "0"}, {revenue, "0", "1500.00"}, {expense, "300.00", "0"}};
            for (Object[] l : lines) {
                java.util.Map<String, Object> v = Session.cols("AD_Org_ID", session.orgId(), "C_AcctSchema_ID", schema,
                        "Account_ID", l[0], "AD_Table_ID", org.compiere.model.MTable.getTable_ID("C_BPartner"), "Record_ID", bpartner, "DateTrx", date, "DateAcct", date,
                        "PostingType", "A", "C_Currency_ID", currency, "AmtSourceDr", new BigDecimal((String) l[1]),
                        "AmtSourceCr", new BigDecimal((String) l[2]), "AmtAcctDr", new BigDecimal((String) l[1]),
                        "AmtAcctCr", new BigDecimal((String) l[2]), "Description", "CPOM verification");
                if (period > 0) {
                    v.put("C_Period_ID", period);
                }
                Session.insert("Fact_Acct", v, trx);
            }
            Session.commit(trx);
        } finally {
            Session.close(trx, true);
        }
        report.fact("ledger layer: posted lines of the tenant", "none in this core: 3 saved through PO for the check");
    }
}
