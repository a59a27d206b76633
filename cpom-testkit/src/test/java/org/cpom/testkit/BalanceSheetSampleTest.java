package org.cpom.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balance-sheet side of both sample ledgers: balanced entries per organisation and year, and financial
 * indicators (computed here by hand from account balances, without the ledger query layer) that are non-trivial
 * and within the ranges usual for ESAT, EHPAD and home services.
 */
class BalanceSheetSampleTest {

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;
    private static GenetsSample.Tenant genets;

    @BeforeAll
    static void load() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
        genets = GenetsSample.loadTenant(db.getDataSource());
        GenetsSample.postLedger(db.getDataSource(), genets);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyOrganisationBalancesEveryYear() throws SQLException {
        for (int client : new int[] {MessidorSample.CLIENT_ID, GenetsSample.CLIENT_ID}) {
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT AD_Org_ID, EXTRACT(YEAR FROM DateAcct), SUM(AmtAcctDr), SUM(AmtAcctCr) FROM Fact_Acct "
                            + "WHERE AD_Client_ID = ? AND PostingType = 'A' GROUP BY 1, 2")) {
                ps.setInt(1, client);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        assertThat(rs.getBigDecimal(3)).as("org %s year %s", rs.getInt(1), rs.getInt(2))
                                .isEqualByComparingTo(rs.getBigDecimal(4));
                    }
                }
                assertThat(n).isGreaterThanOrEqualTo(20);
            }
        }
    }

    @Test
    void messidorEsatHavePlausibleBalanceSheets() throws SQLException {
        for (int est : messidor.establishmentIds()) {
            int org = messidor.orgByEstablishment().get(est);
            for (int y = MessidorSample.FIRST_YEAR; y <= MessidorSample.LAST_YEAR; y++) {
                Indicators i = indicators(MessidorSample.CLIENT_ID, org, y);
                System.out.println("MESSIDOR org " + org + " " + y + " " + i);
                plausible(i);
            }
        }
    }

    @Test
    void genetsEstablishmentsHavePlausibleBalanceSheets() throws SQLException {
        for (GenetsSample.Site s : GenetsSample.SITES) {
            int org = genets.orgByFiness().get(s.finess());
            for (int y = GenetsSample.FIRST_YEAR; y <= GenetsSample.LAST_POSTED_YEAR; y++) {
                Indicators i = indicators(GenetsSample.CLIENT_ID, org, y);
                System.out.println("GENETS " + s.code() + " " + y + " " + i);
                plausible(i);
            }
        }
    }

    static void plausible(Indicators i) {
        assertThat(i.cash()).isPositive();
        assertThat(i.buildingWear()).isBetween(0.15, 0.95);
        assertThat(i.equipmentWear()).isBetween(0.25, 0.9);
        assertThat(i.frng() - i.bfr()).as("FRNG − BFR = trésorerie").isCloseTo(i.cash(), org.assertj.core.data.Offset.offset(0.01));
    }

    /** Year-end figures of one organisation, from the balances of its accounts (cumulative up to 31/12/year). */
    record Indicators(double grossBuildings, double buildingWear, double equipmentWear, double debt,
            double permanentCapital, double netFixedAssets, double frng, double bfr, double cash, double caf,
            double income, double cashCharges) {
        double cafRate() {
            return caf / income;
        }

        double independence() {
            return debt / permanentCapital;
        }

        double debtYears() {
            return debt / caf;
        }

        double cashDays() {
            return cash * 365 / cashCharges;
        }

        @Override
        public String toString() {
            return String.format("vétusté C %.0f %% E %.0f %% | CAF %.0f (taux %.1f %%) | dettes fin. %.0f indép. %.0f %% "
                            + "durée %.1f ans | FRNG %.0f BFR %.0f trésorerie %.0f (%.0f j)", 100 * buildingWear,
                    100 * equipmentWear, caf, 100 * cafRate(), debt, 100 * independence(), debtYears(), frng, bfr,
                    cash, cashDays());
        }
    }

    static Indicators indicators(int client, int org, int year) throws SQLException {
        Map<String, Double> bal = new LinkedHashMap<>(); // account value → Dr − Cr up to the year end
        Map<String, Double> flow = new LinkedHashMap<>(); // account value → Dr − Cr of the year
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ev.Value, SUM(f.AmtAcctDr - f.AmtAcctCr), SUM(f.AmtAcctDr - f.AmtAcctCr) FILTER (WHERE "
                        + "EXTRACT(YEAR FROM f.DateAcct) = ?) FROM Fact_Acct f JOIN C_ElementValue ev "
                        + "ON ev.C_ElementValue_ID = f.Account_ID WHERE f.AD_Client_ID = ? AND f.AD_Org_ID = ? "
                        + "AND f.PostingType = 'A' AND f.DateAcct < make_date(? + 1, 1, 1) GROUP BY 1")) {
            ps.setInt(1, year);
            ps.setInt(2, client);
            ps.setInt(3, org);
            ps.setInt(4, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bal.put(rs.getString(1), rs.getBigDecimal(2).doubleValue());
                    BigDecimal f = rs.getBigDecimal(3);
                    flow.put(rs.getString(1), f == null ? 0 : f.doubleValue());
                }
            }
        }
        double grossB = sum(bal, "2131", "2135");
        double grossE = sum(bal, "2154", "2182", "2183");
        double result = -sum(flow, "6", "7");
        double cumulatedResults = -sum(bal, "6", "7");
        double equity = -sum(bal, "10", "11", "12", "13", "14") + cumulatedResults;
        double debt = -sum(bal, "16");
        double permanent = equity - sum(bal, "15") + debt;
        double fixed = sum(bal, "2");
        double caf = result + sum(flow, "68") + sum(flow, "78") + sum(flow, "777");
        double income = -sum(flow, "7");
        double cashCharges = sum(flow, "6") - sum(flow, "68");
        return new Indicators(grossB, grossB == 0 ? 0 : -sum(bal, "2813") / grossB,
                grossE == 0 ? 0 : -sum(bal, "2815", "2818") / grossE, debt, permanent, fixed, permanent - fixed,
                sum(bal, "4"), sum(bal, "5"), caf, income, cashCharges);
    }

    /** Sum of the accounts starting with any of the prefixes. */
    static double sum(Map<String, Double> m, String... prefixes) {
        double s = 0;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            for (String p : prefixes) {
                if (e.getKey().startsWith(p)) {
                    s += e.getValue();
                    break;
                }
            }
        }
        return s;
    }

    static List<Integer> years(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(y);
        }
        return out;
    }
}
