package org.cpom.testkit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balance-sheet side of a sample ledger (classes 1 to 5), written after the sample's income and charge lines
 * so that those stay exactly as they were. For each organisation: an opening balance sheet on 31 December of the
 * year before the first posted year (fixed assets and their depreciation, loans, investment subsidies, provisions,
 * reserves, receivables, payables, cash, and the association's own funds 102 balancing it), then for each year the
 * investments of the year (equipment renewals plus the sample's named projects, with their loans and subsidies),
 * the loan repayments and the interest (6611), the share of investment subsidies taken to income (139 / 777), and
 * the settlements of receivables and payables (411, 401, 421, 431 against the bank 512) down to a plausible
 * year-end balance. Depreciation (6811) is credited to 2813/2815/2818 by the sample itself, with
 * {@link #depreciationSplit}. Every entry balances; nothing here is random, so loads are deterministic.
 *
 * <p>As in iDempiere, the ledger holds no closing entries: the result of a year stays in classes 6 and 7, and
 * the equity at the end of year N is the balance of classes 10 to 14 plus the results of the years up to N.
 */
final class BalanceSheet {

    /** Establishment types, which shape the fixed assets (buildings, production equipment, vehicles). */
    enum Kind {
        ESAT(0.50, 0.35), EHPAD(0.70, 0.10), SSIAD(0.15, 0.0), SAAD(0.20, 0.0), HEAD_OFFICE(0.55, 0.0);

        /** Shares of the yearly depreciation: constructions (2813) and technical equipment (2815); the rest is 2818. */
        final double buildings;
        final double equipment;

        Kind(double buildings, double equipment) {
            this.buildings = buildings;
            this.equipment = equipment;
        }
    }

    /**
     * One organisation of the sample.
     *
     * @param org            AD_Org_ID
     * @param kind           establishment type
     * @param buildingWear   accumulated depreciation ÷ gross value of the constructions at the opening
     * @param equipmentWear  the same for equipment
     * @param cashDays       opening cash in days of the first year's charges
     * @param receivableDays year-end receivables (411) in days of the year's amounts invoiced to 411
     * @param loanShare      opening loans ÷ net book value of the constructions
     * @param carriedLoss    the opening report à nouveau is a loss (119) instead of a surplus (110)
     */
    record Site(int org, Kind kind, double buildingWear, double equipmentWear, double cashDays, double receivableDays,
            double loanShare, boolean carriedLoss) {
    }

    /**
     * A named investment of a year: the asset account and amount, the loan drawn for it (amount, years, rate) and
     * the investment subsidy received; all amounts in euros.
     */
    record Investment(int org, int year, String account, long amount, long loan, int loanYears, double loanRate,
            long subsidy, String label) {
    }

    /** Writes one ledger line (amounts in cents, one of them zero) on an account given by its value. */
    interface Poster {
        void post(int org, String account, Timestamp date, long drCents, long crCents, String description)
                throws SQLException;
    }

    /** The accounts this adds to a sample chart: value, name, iDempiere AccountType. */
    static final String[][] ACCOUNTS = {
            {"102", "Fonds associatifs sans droit de reprise", "O"},
            {"1068", "Réserves (dont excédents affectés à l'investissement)", "O"},
            {"110", "Report à nouveau (solde créditeur)", "O"},
            {"119", "Report à nouveau (solde débiteur)", "O"},
            {"131", "Subventions d'investissement reçues", "O"},
            {"139", "Subventions d'investissement inscrites au compte de résultat", "O"},
            {"153", "Provisions pour pensions et obligations similaires (indemnités de départ)", "L"},
            {"164", "Emprunts auprès des établissements de crédit", "L"},
            {"2131", "Bâtiments", "A"},
            {"2135", "Installations générales, agencements, aménagements des constructions", "A"},
            {"2154", "Matériel et outillage", "A"},
            {"2182", "Matériel de transport", "A"},
            {"2183", "Matériel de bureau et matériel informatique", "A"},
            {"2313", "Constructions en cours", "A"},
            {"2813", "Amortissements des constructions", "A"},
            {"2815", "Amortissements des installations techniques, matériel et outillage", "A"},
            {"2818", "Amortissements des autres immobilisations corporelles", "A"},
            {"431", "Sécurité sociale", "L"},
            {"512", "Banque", "A"},
            {"6611", "Intérêts des emprunts et dettes", "E"},
            {"777", "Quote-part des subventions d'investissement virée au résultat de l'exercice", "R"}};

    /** Depreciation lives (years) behind the opening gross values: constructions, equipment, other assets. */
    static final int LIFE_BUILDINGS = 25;
    static final int LIFE_EQUIPMENT = 8;
    static final int LIFE_OTHER = 6;
    /** Days of the year's supplier invoices still unpaid at year end (the legal maximum is 60 days). */
    static final double PAYABLE_DAYS = 45;

    private BalanceSheet() {
    }

    /**
     * How a depreciation amount of this kind is credited: cents to 2813, 2815 and 2818 (adding up to the amount).
     */
    static Map<String, Long> depreciationSplit(Kind kind, long cents) {
        long b = Math.round(cents * kind.buildings);
        long e = Math.round(cents * kind.equipment);
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("2813", b);
        out.put("2815", e);
        out.put("2818", cents - b - e);
        return out;
    }

    /** Yearly flows of one organisation and account: debit and credit in cents. */
    private record Flow(long dr, long cr) {
        long net() {
            return dr - cr;
        }
    }

    /**
     * Posts the balance-sheet lines of every site for the years firstYear..lastYear, reading the income and charge
     * lines already written (posted actuals of the client's schema).
     */
    static void post(Connection c, int client, int acctSchema, int firstYear, int lastYear, List<Site> sites,
            List<Investment> investments, double openingLoanRate, Poster poster) throws SQLException {
        Map<String, Flow> flows = flows(c, client, acctSchema);
        for (Site s : sites) {
            new Books(s, flows, firstYear, lastYear, investments, openingLoanRate, poster).write();
        }
    }

    private static Map<String, Flow> flows(Connection c, int client, int acctSchema) throws SQLException {
        Map<String, Flow> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.AD_Org_ID, ev.Value, EXTRACT(YEAR FROM f.DateAcct)::int, "
                + "SUM(f.AmtAcctDr), SUM(f.AmtAcctCr) FROM Fact_Acct f JOIN C_ElementValue ev "
                + "ON ev.C_ElementValue_ID = f.Account_ID WHERE f.AD_Client_ID = ? AND f.C_AcctSchema_ID = ? "
                + "AND f.PostingType = 'A' GROUP BY 1, 2, 3")) {
            ps.setInt(1, client);
            ps.setInt(2, acctSchema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getInt(3),
                            new Flow(cents(rs.getBigDecimal(4)), cents(rs.getBigDecimal(5))));
                }
            }
        }
        return out;
    }

    private static long cents(BigDecimal v) {
        return v == null ? 0 : v.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    static Timestamp day(int y, int m, int d) {
        return Timestamp.valueOf(LocalDate.of(y, m, d).atStartOfDay());
    }

    /** The books of one organisation while they are written. */
    private static final class Books {
        private final Site s;
        private final Map<String, Flow> flows;
        private final int firstYear;
        private final int lastYear;
        private final List<Investment> investments;
        private final double openingLoanRate;
        private final Poster poster;
        /** Cumulative Dr − Cr of the settled accounts (411, 401, 421, 431). */
        private final Map<String, Long> balance = new HashMap<>();
        private final List<long[]> loans = new ArrayList<>(); // outstanding cents, years left, rate × 1e6, first year
        private final List<long[]> subsidies = new ArrayList<>(); // yearly share cents, first year, last year

        Books(Site s, Map<String, Flow> flows, int firstYear, int lastYear, List<Investment> investments,
                double openingLoanRate, Poster poster) {
            this.s = s;
            this.flows = flows;
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.investments = investments;
            this.openingLoanRate = openingLoanRate;
            this.poster = poster;
        }

        Flow flow(String account, int year) {
            return flows.getOrDefault(s.org() + "|" + account + "|" + year, new Flow(0, 0));
        }

        /** Charges (class 6, Dr − Cr) of a year from the lines already posted. */
        long charges(int year) {
            long sum = 0;
            for (Map.Entry<String, Flow> e : flows.entrySet()) {
                String[] k = e.getKey().split("\\|");
                if (Integer.parseInt(k[0]) == s.org() && k[1].startsWith("6") && Integer.parseInt(k[2]) == year) {
                    sum += e.getValue().net();
                }
            }
            return sum;
        }

        void post(String account, Timestamp d, long dr, long cr, String text) throws SQLException {
            if (dr < 0 || cr < 0) {
                post(account, d, -cr, -dr, text);
                return;
            }
            if (dr != 0 || cr != 0) {
                poster.post(s.org(), account, d, dr, cr, text);
            }
        }

        void write() throws SQLException {
            opening();
            for (int y = firstYear; y <= lastYear; y++) {
                year(y);
            }
        }

        void opening() throws SQLException {
            int y0 = firstYear;
            Timestamp d = day(y0 - 1, 12, 31);
            String text = "Bilan d'ouverture au 31/12/" + (y0 - 1);
            long dep = flow("6811", y0).net();
            long charges = charges(y0);
            double other = 1 - s.kind().buildings - s.kind().equipment;
            long gb = Math.round(dep * s.kind().buildings * LIFE_BUILDINGS);
            long ge = Math.round(dep * s.kind().equipment * LIFE_EQUIPMENT);
            long go = Math.round(dep * other * LIFE_OTHER);
            boolean rented = s.kind() == Kind.SSIAD || s.kind() == Kind.SAAD;
            long g2131 = rented ? 0 : Math.round(gb * 0.7);
            long g2182 = Math.round(go * (rented ? 0.6 : 0.25));
            long ab = Math.round(gb * s.buildingWear());
            long ae = Math.round(ge * s.equipmentWear());
            long ao = Math.round(go * (s.equipmentWear() - 0.05));
            long loan = Math.round((gb - ab) * s.loanShare());
            boolean subsidised = s.kind() == Kind.ESAT || s.kind() == Kind.EHPAD;
            long sub = subsidised ? Math.round(gb * 0.22) : 0;
            long subDone = Math.round(sub * s.buildingWear());
            long provisions = Math.round(charges * 0.012);
            long receivables = Math.round(flow("411", y0).dr() * s.receivableDays() / 365);
            long payables = Math.round(flow("401", y0).cr() * PAYABLE_DAYS / 365);
            long wages = Math.round(flow("421", y0).cr() / 12.0 * 0.05);
            long social = Math.round(flow("431", y0).cr() / 12.0);
            long cash = Math.round(charges * s.cashDays() / 365);
            long reserves = Math.round((gb + ge + go - ab - ae - ao) * 0.08);
            long carried = Math.round(charges * 0.02);
            long debits = gb + ge + go + subDone + receivables + cash + (s.carriedLoss() ? carried : 0);
            long credits = ab + ae + ao + loan + sub + provisions + payables + wages + social + reserves
                    + (s.carriedLoss() ? 0 : carried);
            long funds = debits - credits;
            if (funds <= 0) {
                throw new IllegalStateException("opening balance of org " + s.org() + " needs negative own funds");
            }
            post("2131", d, g2131, 0, text);
            post("2135", d, gb - g2131, 0, text);
            post("2154", d, ge, 0, text);
            post("2182", d, g2182, 0, text);
            post("2183", d, go - g2182, 0, text);
            post("2813", d, 0, ab, text);
            post("2815", d, 0, ae, text);
            post("2818", d, 0, ao, text);
            post("411", d, receivables, 0, text);
            post("512", d, cash, 0, text);
            post("102", d, 0, funds, text);
            post("1068", d, 0, reserves, text);
            post(s.carriedLoss() ? "119" : "110", d, s.carriedLoss() ? carried : 0, s.carriedLoss() ? 0 : carried,
                    text);
            post("131", d, 0, sub, text);
            post("139", d, subDone, 0, text);
            post("153", d, 0, provisions, text);
            post("164", d, 0, loan, text);
            post("401", d, 0, payables, text);
            post("421", d, 0, wages, text);
            post("431", d, 0, social, text);
            balance.put("411", receivables);
            balance.put("401", -payables);
            balance.put("421", -wages);
            balance.put("431", -social);
            if (loan > 0) {
                loans.add(new long[] {loan, 12, Math.round(openingLoanRate * 1e6), y0});
            }
            if (sub > 0) {
                subsidies.add(new long[] {Math.round((double) sub / LIFE_BUILDINGS), y0, y0 + LIFE_BUILDINGS});
            }
        }

        void year(int y) throws SQLException {
            // equipment renewed at about the pace it wears out
            long dep = flow("6811", y).net();
            long renewal = Math.round(dep * (1 - s.kind().buildings) * (0.85 + 0.1 * ((s.org() + y) % 4)));
            long equipment = s.kind().equipment == 0 ? 0
                    : Math.round(renewal * s.kind().equipment / (1 - s.kind().buildings));
            Timestamp sept = day(y, 9, 15);
            post("2154", sept, equipment, 0, "Renouvellement du matériel " + y);
            post("2183", sept, renewal - equipment, 0, "Renouvellement du matériel " + y);
            post("512", sept, 0, renewal, "Renouvellement du matériel " + y);
            for (Investment inv : investments) {
                if (inv.org() == s.org() && inv.year() == y) {
                    Timestamp d = day(y, 10, 1);
                    post(inv.account(), d, inv.amount() * 100, 0, inv.label());
                    post("512", d, 0, inv.amount() * 100, inv.label());
                    if (inv.loan() > 0) {
                        post("512", d, inv.loan() * 100, 0, "Emprunt : " + inv.label());
                        post("164", d, 0, inv.loan() * 100, "Emprunt : " + inv.label());
                        loans.add(new long[] {inv.loan() * 100, inv.loanYears(), Math.round(inv.loanRate() * 1e6), y + 1});
                    }
                    if (inv.subsidy() > 0) {
                        post("512", d, inv.subsidy() * 100, 0, "Subvention d'investissement : " + inv.label());
                        post("131", d, 0, inv.subsidy() * 100, "Subvention d'investissement : " + inv.label());
                        if (!inv.account().startsWith("23")) { // a work in progress is not depreciated yet
                            subsidies.add(new long[] {inv.subsidy() * 100 / LIFE_BUILDINGS, y + 1, y + LIFE_BUILDINGS});
                        }
                    }
                }
            }
            Timestamp june = day(y, 6, 30);
            for (long[] l : loans) {
                if (y >= l[3] && l[1] > 0) {
                    long interest = Math.round(l[0] * (l[2] / 1e6));
                    long repaid = Math.round((double) l[0] / l[1]);
                    post("6611", june, interest, 0, "Intérêts d'emprunt " + y);
                    post("512", june, 0, interest, "Intérêts d'emprunt " + y);
                    post("164", june, repaid, 0, "Remboursement d'emprunt " + y);
                    post("512", june, 0, repaid, "Remboursement d'emprunt " + y);
                    l[0] -= repaid;
                    l[1]--;
                }
            }
            Timestamp dec = day(y, 12, 31);
            for (long[] sub : subsidies) {
                if (y >= sub[1] && y <= sub[2]) {
                    post("139", dec, sub[0], 0, "Quote-part des subventions d'investissement " + y);
                    post("777", dec, 0, sub[0], "Quote-part des subventions d'investissement " + y);
                }
            }
            // settlements: what was invoiced or owed during the year is paid, except the usual year-end balance
            settle("411", y, Math.round(flow("411", y).dr() * s.receivableDays() / 365), dec,
                    "Encaissements de l'exercice " + y);
            settle("401", y, -Math.round(flow("401", y).cr() * PAYABLE_DAYS / 365), dec,
                    "Règlements fournisseurs de l'exercice " + y);
            settle("421", y, -Math.round(flow("421", y).cr() / 12.0 * 0.05), dec, "Salaires versés " + y);
            settle("431", y, -Math.round(flow("431", y).cr() / 12.0), dec, "Cotisations sociales versées " + y);
        }

        /** Brings a third-party account from its balance to the target balance (Dr − Cr) against the bank. */
        void settle(String account, int y, long target, Timestamp d, String text) throws SQLException {
            long bal = balance.getOrDefault(account, 0L) + flow(account, y).net();
            long move = bal - target; // > 0: the account is credited (cash in), < 0: debited (cash out)
            post(account, d, 0, move, text);
            post("512", d, move, 0, text);
            balance.put(account, target);
        }
    }
}
