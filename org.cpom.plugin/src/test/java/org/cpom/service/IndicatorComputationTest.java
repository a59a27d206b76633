package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.service.FinanceSamples.days;
import static org.cpom.service.FinanceSamples.debitBalance;
import static org.cpom.service.FinanceSamples.debits;
import static org.cpom.service.FinanceSamples.div;
import static org.cpom.service.FinanceSamples.pct;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.i18n.Language;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.service.FinanceSamples.Scope;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * CPOM_ComputeIndicators on the MESSIDOR sample and its look-alike tenant HORIZON (embedded PostgreSQL): every
 * computed measure, for the whole perimeter and for single establishments, equals the figure computed here from
 * plain Fact_Acct sums by account prefix (or from the CPOM_Activity columns), with the formulas of
 * docs/financial-analysis.md and docs/activity-modulation.md; tenants and accounting schemas stay apart; a value
 * typed by a user is kept and reported, in French and English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorComputationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final List<String> LEDGER = List.of("CAFR", "VETC", "VETE", "INDF", "APUR", "DAPD", "CBFR", "FRNJ", "TREJ",
            "ATRP", "ATDP");
    static final List<String> ACTIVITY = List.of("OCCR", "REAL", "ROTR");
    /** C_AcctSchema_ID of a second schema of MESSIDOR, whose amounts are the primary ones × 1.1. */
    static final int SECOND_SCHEMA = 5_000_000;

    private EmbeddedDatabase db;
    private LoadedSample m;
    private LoadedSample h;
    /** indicator id → (measure, establishment id or 0), per tenant. */
    private final Map<Integer, Object[]> messidorIndicators = new LinkedHashMap<>();
    private final Map<Integer, Object[]> horizonIndicators = new LinkedHashMap<>();

    @BeforeAll
    void load() throws SQLException {
        db = FinanceSamples.start();
        m = MessidorSample.messidor().load(db.getDataSource());
        h = MessidorSample.otherClient().load(db.getDataSource());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            balanceSheet(c, m, m.orgByEstablishment().get(m.establishmentIds().get(0)));
            JdbcRecordStore ms = new JdbcRecordStore(c, m.clientId(), 0, 100);
            for (String measure : concat(LEDGER, ACTIVITY)) {
                messidorIndicators.put(indicator(ms, m, measure, 0), new Object[] {measure, 0});
            }
            int e0 = m.establishmentIds().get(0);
            int e1 = m.establishmentIds().get(1);
            int e2 = m.establishmentIds().get(2);
            for (String measure : List.of("CAFR", "VETC", "VETE", "INDF", "APUR", "DAPD", "TREJ")) {
                messidorIndicators.put(indicator(ms, m, measure, e0), new Object[] {measure, e0});
            }
            messidorIndicators.put(indicator(ms, m, "ATRP", e2), new Object[] {"ATRP", e2});
            for (String measure : ACTIVITY) {
                messidorIndicators.put(indicator(ms, m, measure, e1), new Object[] {measure, e1});
            }
            JdbcRecordStore hs = new JdbcRecordStore(c, h.clientId(), 0, 100);
            for (String measure : List.of("CAFR", "ATRP")) {
                horizonIndicators.put(indicator(hs, h, measure, 0), new Object[] {measure, 0});
            }
            // MESSIDOR's books in a second schema, each amount × 1.1 (the primary schema must be read alone)
            FinanceSamples.exec(c, "INSERT INTO C_AcctSchema (C_AcctSchema_ID, AD_Client_ID, AD_Org_ID, CreatedBy, "
                    + "UpdatedBy, Name, C_Currency_ID) VALUES (" + SECOND_SCHEMA + ", " + m.clientId()
                    + ", 0, 100, 100, 'MESSIDOR IFRS', 102)");
            FinanceSamples.exec(c, "INSERT INTO Fact_Acct (Fact_Acct_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, "
                    + "C_AcctSchema_ID, Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, PostingType, AmtAcctDr, "
                    + "AmtAcctCr) SELECT Fact_Acct_ID + 50000000, AD_Client_ID, AD_Org_ID, 100, 100, " + SECOND_SCHEMA
                    + ", Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, PostingType, round(AmtAcctDr * 1.1, 2), "
                    + "round(AmtAcctCr * 1.1, 2) FROM Fact_Acct WHERE AD_Client_ID=" + m.clientId()
                    + " AND C_AcctSchema_ID=" + m.acctSchemaId());
            c.commit();
        }
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    /**
     * Books of the establishment's organisation the sample may not hold: a building and equipment bought at the
     * start of 2013 with a loan and an endowment, an investment subsidy receivable (4411), the assets depreciated
     * and the loan repaid every year.
     */
    private static void balanceSheet(Connection c, LoadedSample s, int org) throws SQLException {
        int schema = s.acctSchemaId();
        int cl = s.clientId();
        LocalDate start = LocalDate.of(2013, 1, 2);
        FinanceSamples.post(c, cl, schema, org, "2131", start, "1200000", "0");
        FinanceSamples.post(c, cl, schema, org, "1641", start, "0", "800000");
        FinanceSamples.post(c, cl, schema, org, "102", start, "0", "400000");
        FinanceSamples.post(c, cl, schema, org, "2154", start, "300000", "0");
        FinanceSamples.post(c, cl, schema, org, "512", start, "0", "300000");
        FinanceSamples.post(c, cl, schema, org, "4411", start, "500000", "0");
        FinanceSamples.post(c, cl, schema, org, "102", start, "0", "500000");
        for (int y = 2013; y <= 2017; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            FinanceSamples.post(c, cl, schema, org, "6811", end, "70000", "0");
            FinanceSamples.post(c, cl, schema, org, "28131", end, "0", "40000");
            FinanceSamples.post(c, cl, schema, org, "28154", end, "0", "30000");
            FinanceSamples.post(c, cl, schema, org, "1641", end, "50000", "0");
            FinanceSamples.post(c, cl, schema, org, "512", end, "0", "50000");
        }
    }

    private static int indicator(JdbcRecordStore store, LoadedSample s, String measure, int establishmentId) {
        Map<String, Object> values = JdbcRecordStore.columns("CPOM_Contract_ID", s.contractId(),
                "Name", "Calculé " + measure + (establishmentId > 0 ? " #" + establishmentId : ""),
                "IndicatorSource", "C", "ComputedMeasure", measure);
        if (establishmentId > 0) {
            values.put("CPOM_Establishment_ID", establishmentId);
        }
        return store.insert("CPOM_Indicator", values);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- the independent figures ---------------------------------------------------------------------------

    /** The measure of a scope and year from plain sums (null when undefined or when the scope has no posting). */
    static BigDecimal expectedLedger(Connection c, Scope s, int contractId, Collection<Integer> establishments,
            int year, String measure) throws SQLException {
        if (FinanceSamples.lines(c, s, year) == 0) {
            return null;
        }
        BigDecimal income = debitBalance(c, s, year, year, List.of("7"), List.of()).negate();
        BigDecimal charges = debitBalance(c, s, year, year, List.of("6"), List.of());
        BigDecimal caf = income.subtract(charges)
                .add(debitBalance(c, s, year, year, List.of("68", "675"), List.of()))
                .add(debitBalance(c, s, year, year, List.of("78", "775", "777", "778"), List.of()));
        BigDecimal cashCharges = debitBalance(c, s, year, year, List.of("6"), List.of("68", "675"));
        BigDecimal loans = debitBalance(c, s, 0, year, List.of("16"), List.of("165", "1688", "169")).negate();
        BigDecimal cash = debitBalance(c, s, 0, year, List.of("5"), List.of("59"));
        return switch (measure) {
            case "CAFR" -> pct(caf, debitBalance(c, s, year, year, List.of("7"), List.of("775", "777", "7781", "78"))
                    .negate());
            case "VETC" -> pct(debitBalance(c, s, 0, year, List.of("2813", "2814"), List.of()).negate(),
                    debitBalance(c, s, 0, year, List.of("213", "214"), List.of()));
            case "VETE" -> pct(debitBalance(c, s, 0, year, List.of("2815", "2818"), List.of()).negate(),
                    debitBalance(c, s, 0, year, List.of("215", "218"), List.of()));
            case "INDF" -> pct(loans, debitBalance(c, s, 0, year, List.of("10", "13", "14", "16", "17"),
                    List.of("10685", "10686", "165", "1688")).negate());
            case "APUR" -> caf.signum() > 0
                    ? pct(debits(c, s, year, year, List.of("16"), List.of("165", "1688", "169")), caf) : null;
            case "DAPD" -> caf.signum() > 0 ? div(loans, caf) : null;
            case "FRNJ" -> {
                BigDecimal fri = debitBalance(c, s, 0, year, List.of("10", "13", "14", "16", "17", "28", "29"),
                        List.of("10685", "10686", "165", "1688")).negate()
                        .subtract(debitBalance(c, s, 0, year, List.of("2"), List.of("28", "29")));
                BigDecimal fre = debitBalance(c, s, 0, year, List.of("10685", "10686", "11", "12", "15", "165", "1688",
                        "18", "19", "39", "49", "59"), List.of()).negate()
                        .subtract(debitBalance(c, s, 0, year, List.of("6", "7"), List.of()));
                yield days(fri.add(fre), cashCharges);
            }
            case "TREJ" -> days(cash, cashCharges);
            case "CBFR" -> {
                BigDecimal bfr = debitBalance(c, s, 0, year, List.of("3", "4"), List.of("39", "49"));
                yield bfr.signum() > 0 ? pct(cash, bfr) : null;
            }
            // the sample maps every class-7 account to a produits group and every class-6 account but 69 to charges
            case "ATRP" -> pct(income, FinanceSamples.budget(c, contractId, year, establishments, "P"));
            case "ATDP" -> pct(debitBalance(c, s, year, year, List.of("6"), List.of("69")),
                    FinanceSamples.budget(c, contractId, year, establishments, "C"));
            default -> throw new IllegalArgumentException(measure);
        };
    }

    /** The activity measure from the CPOM_Activity columns (year with the actual activity entered). */
    static BigDecimal expectedActivity(Connection c, int contractId, Collection<Integer> establishments, int year,
            String measure) throws SQLException {
        String ids = establishments.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        String sql = switch (measure) {
            case "OCCR" -> "SELECT SUM(ActivityActual), SUM(CapacityInstalled * COALESCE(OpeningDays, "
                    + LocalDate.of(year, 1, 1).lengthOfYear() + ")) FROM CPOM_Activity WHERE ActivityUnit='JO' "
                    + "AND ActivityActual IS NOT NULL AND CapacityInstalled IS NOT NULL";
            case "REAL" -> "SELECT SUM(ActivityActual), SUM(ActivityTarget) FROM CPOM_Activity WHERE "
                    + "ActivityActual IS NOT NULL AND ActivityTarget IS NOT NULL";
            default -> "SELECT SUM(AdmissionsQty), SUM(CapacityInstalled) FROM CPOM_Activity WHERE "
                    + "AdmissionsQty IS NOT NULL AND CapacityInstalled IS NOT NULL";
        } + " AND CPOM_Contract_ID=? AND FiscalYear=? AND IsActive='Y' AND CPOM_Establishment_ID IN (" + ids + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, contractId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1) == null ? null : pct(rs.getBigDecimal(1), rs.getBigDecimal(2));
            }
        }
    }

    /** A year of the contract in which every activity row has its actual activity. */
    private int activityYearWithActuals(Connection c, LoadedSample s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT FiscalYear FROM CPOM_Activity WHERE CPOM_Contract_ID=? "
                + "GROUP BY FiscalYear HAVING COUNT(*) > 1 AND COUNT(ActivityActual) = COUNT(*) "
                + "AND COUNT(DISTINCT ActivityUnit) = 1 ORDER BY FiscalYear LIMIT 1")) {
            ps.setInt(1, s.contractId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static Map<String, Object[]> values(Connection c, Collection<Integer> indicators) throws SQLException {
        Map<String, Object[]> map = new HashMap<>();
        String ids = indicators.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CPOM_Indicator_ID, FiscalYear, "
                + "ActualValue, ComputedValue, IsComputed, DateComputed, AD_Client_ID FROM CPOM_IndicatorValue "
                + "WHERE CPOM_Indicator_ID IN (" + ids + ")")) {
            while (rs.next()) {
                map.put(rs.getInt(1) + "|" + rs.getInt(2), new Object[] {rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getTimestamp(6), rs.getInt(7)});
            }
        }
        return map;
    }

    private Scope scope(LoadedSample s, int acctSchemaId, int establishmentId) {
        Collection<Integer> orgs = establishmentId > 0 ? List.of(s.orgByEstablishment().get(establishmentId))
                : s.establishmentIds().stream().map(s.orgByEstablishment()::get).toList();
        return new Scope(s.clientId(), acctSchemaId, orgs);
    }

    private Collection<Integer> establishments(LoadedSample s, int establishmentId) {
        return establishmentId > 0 ? List.of(establishmentId) : s.establishmentIds();
    }

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    void everyLedgerMeasureOfEveryYearEqualsTheIndependentSumsAndIsStoredAsTheActual() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            ProcessLog log = new IndicatorComputationService(c, new JdbcRecordStore(c, m.clientId(), 0, 100))
                    .compute(m.clientId(), m.contractId(), null, 0, TODAY);
            Map<String, Object[]> stored = values(c, messidorIndicators.keySet());
            int checked = 0;
            Set<String> defined = new java.util.TreeSet<>();
            for (Map.Entry<Integer, Object[]> e : messidorIndicators.entrySet()) {
                String measure = (String) e.getValue()[0];
                int est = (Integer) e.getValue()[1];
                if (!LEDGER.contains(measure)) {
                    continue;
                }
                for (int year = m.firstYear(); year <= m.lastYear(); year++) {
                    BigDecimal expected = expectedLedger(c, scope(m, m.acctSchemaId(), est), m.contractId(),
                            establishments(m, est), year, measure);
                    Object[] row = stored.get(e.getKey() + "|" + year);
                    if (expected == null) {
                        assertThat(row).as("%s #%d %d: undefined, nothing stored", measure, est, year).isNull();
                        continue;
                    }
                    assertThat(row).as("%s #%d %d", measure, est, year).isNotNull();
                    assertThat((BigDecimal) row[1]).as("%s #%d %d", measure, est, year).isEqualByComparingTo(expected);
                    assertThat((BigDecimal) row[0]).isEqualByComparingTo(expected);
                    assertThat(row[2]).isEqualTo("Y");
                    assertThat(((java.sql.Timestamp) row[3]).toLocalDateTime().toLocalDate()).isEqualTo(TODAY);
                    assertThat(row[4]).isEqualTo(m.clientId());
                    defined.add(measure + (est > 0 ? "#" : ""));
                    checked++;
                }
            }
            // non-trivial: every measure is defined for the whole perimeter or the establishment with a balance sheet
            for (String measure : LEDGER) {
                assertThat(defined.contains(measure) || defined.contains(measure + "#")).as(measure).isTrue();
            }
            assertThat(checked).isGreaterThan(40);
            assertThat(log.summary().render(Language.EN)).contains("indicator values computed")
                    .contains(String.valueOf(stored.size()));
            assertThat(log.summary().render(Language.FR)).contains("valeurs d’indicateurs calculées")
                    .doesNotContain("CPOM_");
            c.rollback();
        }
    }

    @Test
    void activityMeasuresOfAnEstablishmentAndOfThePerimeterEqualTheActivityColumns() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            int year = activityYearWithActuals(c, m);
            assertThat(year).as("a sample year with every actual activity entered").isPositive();
            new IndicatorComputationService(c, new JdbcRecordStore(c, m.clientId(), 0, 100))
                    .compute(m.clientId(), m.contractId(), year, 0, TODAY);
            Map<String, Object[]> stored = values(c, messidorIndicators.keySet());
            int checked = 0;
            for (Map.Entry<Integer, Object[]> e : messidorIndicators.entrySet()) {
                String measure = (String) e.getValue()[0];
                int est = (Integer) e.getValue()[1];
                if (ACTIVITY.contains(measure)) {
                    BigDecimal expected = expectedActivity(c, m.contractId(), establishments(m, est), year, measure);
                    assertThat(expected).as("%s #%d", measure, est).isNotNull();
                    assertThat((BigDecimal) stored.get(e.getKey() + "|" + year)[1]).as("%s #%d", measure, est)
                            .isEqualByComparingTo(expected);
                    checked++;
                }
                // one year asked: no other year written
                for (int other = m.firstYear(); other <= m.lastYear(); other++) {
                    if (other != year) {
                        assertThat(stored).doesNotContainKey(e.getKey() + "|" + other);
                    }
                }
            }
            assertThat(checked).isEqualTo(6);
            c.rollback();
        }
    }

    @Test
    void aValueTypedByAUserIsKeptAndReportedThenReplacedOnceCleared() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            JdbcRecordStore store = new JdbcRecordStore(c, m.clientId(), 0, 100);
            IndicatorComputationService service = new IndicatorComputationService(c, store);
            int cafr = messidorIndicators.entrySet().stream().filter(e -> "CAFR".equals(e.getValue()[0])
                    && (Integer) e.getValue()[1] == 0).findFirst().orElseThrow().getKey();
            service.compute(m.clientId(), m.contractId(), 2015, 0, TODAY);
            int valueId;
            BigDecimal computed;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CPOM_IndicatorValue_ID, "
                    + "ComputedValue FROM CPOM_IndicatorValue WHERE CPOM_Indicator_ID=" + cafr + " AND FiscalYear=2015")) {
                assertThat(rs.next()).isTrue();
                valueId = rs.getInt(1);
                computed = rs.getBigDecimal(2);
            }
            // the user types another value: the save marks it as typed
            store.update("CPOM_IndicatorValue", valueId, JdbcRecordStore.columns("ActualValue", new BigDecimal("4.20")));
            assertThat(store.load("CPOM_IndicatorValue", valueId).get("IsComputed")).isEqualTo("N");
            ProcessLog log = service.compute(m.clientId(), m.contractId(), 2015, 0, TODAY);
            Map<String, Object> row = store.load("CPOM_IndicatorValue", valueId);
            assertThat((BigDecimal) row.get("ActualValue")).isEqualByComparingTo("4.20");
            assertThat((BigDecimal) row.get("ComputedValue")).isEqualByComparingTo(computed);
            assertThat(row.get("IsComputed")).isEqualTo("N");
            String en = String.join("\n", log.render(Language.EN));
            String fr = String.join("\n", log.render(Language.FR));
            assertThat(en).contains("Calculé CAFR").contains("2015").contains("4.20")
                    .contains("is kept").doesNotContain("CPOM_");
            assertThat(fr).contains("Calculé CAFR").contains("4,20").contains("est conservée")
                    .doesNotContain("CPOM_");
            assertThat(log.summary().render(Language.EN)).contains("1 values typed by a user kept");
            // cleared by the user: the next run fills it again
            store.update("CPOM_IndicatorValue", valueId, JdbcRecordStore.columns("ActualValue", null));
            service.compute(m.clientId(), m.contractId(), 2015, 0, TODAY);
            row = store.load("CPOM_IndicatorValue", valueId);
            assertThat((BigDecimal) row.get("ActualValue")).isEqualByComparingTo(computed);
            assertThat(row.get("IsComputed")).isEqualTo("Y");
            c.rollback();
        }
    }

    @Test
    void eachTenantReadsOnlyItsOwnBooksAndTheSystemClientServesBoth() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            // a MESSIDOR session computes MESSIDOR's indicators only
            new IndicatorComputationService(c, new JdbcRecordStore(c, m.clientId(), 0, 100))
                    .compute(m.clientId(), 0, 2016, 0, TODAY);
            assertThat(values(c, horizonIndicators.keySet())).isEmpty();
            assertThat(values(c, messidorIndicators.keySet())).isNotEmpty();
            c.rollback();
            // the System client (a scheduler) serves every tenant, each value written for its own client
            new IndicatorComputationService(c, new JdbcRecordStore(c, 0, 0, 100)).compute(0, 0, 2016, 0, TODAY);
            Map<String, Object[]> horizon = values(c, horizonIndicators.keySet());
            Map<String, Object[]> messidor = values(c, messidorIndicators.keySet());
            for (Map.Entry<Integer, Object[]> e : horizonIndicators.entrySet()) {
                String measure = (String) e.getValue()[0];
                BigDecimal expected = expectedLedger(c, scope(h, h.acctSchemaId(), 0), h.contractId(),
                        h.establishmentIds(), 2016, measure);
                Object[] row = horizon.get(e.getKey() + "|2016");
                assertThat(row).as(measure).isNotNull();
                assertThat((BigDecimal) row[1]).as(measure).isEqualByComparingTo(expected);
                assertThat(row[4]).isEqualTo(h.clientId());
                // the same measure of the other tenant is another figure
                int same = messidorIndicators.entrySet().stream().filter(x -> measure.equals(x.getValue()[0])
                        && (Integer) x.getValue()[1] == 0).findFirst().orElseThrow().getKey();
                assertThat((BigDecimal) messidor.get(same + "|2016")[1]).isNotEqualByComparingTo(expected);
                assertThat(messidor.get(same + "|2016")[4]).isEqualTo(m.clientId());
            }
            c.rollback();
        }
    }

    @Test
    void theAccountingSchemaParameterReadsThatSchemaOnly() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            IndicatorComputationService service = new IndicatorComputationService(c,
                    new JdbcRecordStore(c, m.clientId(), 0, 100));
            int atrp = messidorIndicators.entrySet().stream().filter(e -> "ATRP".equals(e.getValue()[0])
                    && (Integer) e.getValue()[1] == 0).findFirst().orElseThrow().getKey();
            service.compute(m.clientId(), m.contractId(), 2014, 0, TODAY);
            BigDecimal primary = (BigDecimal) values(c, List.of(atrp)).get(atrp + "|2014")[1];
            service.compute(m.clientId(), m.contractId(), 2014, SECOND_SCHEMA, TODAY);
            BigDecimal second = (BigDecimal) values(c, List.of(atrp)).get(atrp + "|2014")[1];
            assertThat(primary).isEqualByComparingTo(expectedLedger(c, scope(m, m.acctSchemaId(), 0), m.contractId(),
                    m.establishmentIds(), 2014, "ATRP"));
            assertThat(second).isEqualByComparingTo(expectedLedger(c, scope(m, SECOND_SCHEMA, 0), m.contractId(),
                    m.establishmentIds(), 2014, "ATRP"));
            // the second schema's amounts are 10 % higher: not doubled, not mixed
            assertThat(second.subtract(primary.multiply(new BigDecimal("1.1"))).abs()).isLessThan(new BigDecimal("0.05"));
            c.rollback();
        }
    }
}
