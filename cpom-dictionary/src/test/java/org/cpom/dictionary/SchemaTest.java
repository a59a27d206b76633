package org.cpom.dictionary;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cpom.dictionary.Dictionary.Column;
import org.cpom.dictionary.Dictionary.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committed DDL applies on a real PostgreSQL (zonky embedded) over the core stand-in fixture; records
 * round-trip through the generated model's column lists; the perimeter guard lets exactly one of two racing
 * transactions commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaTest {

    static final Path SCHEMA = DriftTest.PLUGIN.resolve(Generate.SCHEMA);
    static final int CLIENT = 11;
    static final int ORG = 11;

    private EmbeddedPostgres pg;
    private final AtomicInteger ids = new AtomicInteger(2_000_000);

    @BeforeAll
    void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(resource("idempiere-core-standin.sql"));
                st.execute(Files.readString(SCHEMA, StandardCharsets.UTF_8));
                st.execute("INSERT INTO AD_Client (AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (11, 0, 100, 100, 'T', 'Test')");
                st.execute("INSERT INTO AD_Org (AD_Org_ID, AD_Client_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (11, 11, 100, 100, 'O', 'Org')");
                st.execute("INSERT INTO C_BPartner (C_BPartner_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name) VALUES (500, 11, 0, 100, 100, 'ARS', 'ARS Auvergne-Rhône-Alpes')");
                st.execute("INSERT INTO C_Currency (C_Currency_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, ISO_Code) VALUES (102, 0, 0, 100, 100, 'EUR')");
                st.execute("INSERT INTO AD_User (AD_User_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name) VALUES (1000, 11, 0, 100, 100, 'Pilot')");
            }
            c.commit();
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    private Connection tx() throws SQLException {
        Connection c = pg.getPostgresDatabase().getConnection();
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void everyTableHasTheIdempiereConventions() throws SQLException {
        Dictionary dict = Dictionary.load(DriftTest.DICTIONARY);
        try (Connection c = tx()) {
            for (Table t : dict.tables()) {
                Map<String, String[]> cols = new LinkedHashMap<>();
                try (ResultSet rs = c.getMetaData().getColumns(null, "public", t.name().toLowerCase(), null)) {
                    while (rs.next()) {
                        cols.put(rs.getString("COLUMN_NAME"), new String[] {rs.getString("TYPE_NAME"),
                                rs.getString("COLUMN_SIZE"), rs.getString("IS_NULLABLE")});
                    }
                }
                assertThat(cols.keySet()).as(t.name()).containsExactlyElementsOf(
                        t.columns().stream().map(col -> col.name().toLowerCase()).toList());
                for (Column col : t.columns()) {
                    String[] meta = cols.get(col.name().toLowerCase());
                    assertThat(meta[2]).as(t.name() + "." + col.name() + " nullable").isEqualTo(col.mandatory() ? "NO" : "YES");
                    if (col.isInt()) {
                        assertThat(meta[0] + "(" + meta[1] + ")").as(col.name()).isEqualTo("numeric(10)");
                    }
                }
                assertThat(constraint(c, t.name().toLowerCase() + "_key")).isEqualTo("p");
                assertThat(constraint(c, t.name().toLowerCase() + "_uu_idx")).isEqualTo("u");
            }
            assertThat(constraint(c, "adorg_cpomcontract")).isEqualTo("f");
            assertThat(constraint(c, "managingbodybpartner_cpomcontract")).isEqualTo("f");
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_constraint WHERE contype='f' AND conrelid::regclass::text LIKE 'cpom_%' AND NOT (condeferrable AND condeferred)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("foreign keys not DEFERRABLE INITIALLY DEFERRED").isZero();
            }
        }
    }

    @Test
    void referenceDataAndDefaultAccountMappingAreSeededForClientZero() throws SQLException {
        try (Connection c = tx(); Statement st = c.createStatement()) {
            assertThat(scalar(st, "SELECT Name FROM CPOM_FinessCategory WHERE Value='246' AND AD_Client_ID=0")).contains("ESAT");
            for (String code : List.of("500", "183", "255", "437", "382", "460", "354", "214", "209", "182")) {
                assertThat(scalar(st, "SELECT count(*) FROM CPOM_FinessCategory WHERE Value='" + code + "'")).isEqualTo("1");
            }
            assertThat(scalar(st, "SELECT Name FROM CPOM_TariffMode WHERE Value='34'")).isEqualTo("ARS - DG dotation globale");
            // TRE_R74 complete: the EHPAD tariff options 40-47 and the SSIAD code 54
            for (String code : List.of("40", "41", "42", "43", "44", "45", "46", "47", "54")) {
                assertThat(scalar(st, "SELECT count(*) FROM CPOM_TariffMode WHERE Value='" + code + "'")).as(code).isEqualTo("1");
            }
            assertThat(Integer.parseInt(scalar(st, "SELECT count(*) FROM CPOM_AccountGroup WHERE AD_Client_ID=0")))
                    .isEqualTo(org.cpom.core.budget.AccountGroupMapper.defaultMappings().size());
            assertThat(scalar(st, "SELECT FunctionalGroup FROM CPOM_AccountGroup WHERE AccountPrefix='64'")).isEqualTo("C2");
            assertThat(scalar(st, "SELECT FunctionalGroup FROM CPOM_AccountGroup WHERE AccountPrefix='73'")).isEqualTo("P1");
        }
    }

    /** COLUMNNAME_ constants of the generated interface → INSERT → SELECT gives the same values back. */
    @Test
    void recordsRoundTripThroughTheGeneratedColumnLists() throws Exception {
        Dictionary dict = Dictionary.load(DriftTest.DICTIONARY);
        Map<String, Integer> created = new LinkedHashMap<>();
        try (Connection c = tx()) {
            for (Table t : dict.tables()) {
                List<String> columns = columnNameConstants(t.name());
                assertThat(columns).as(t.name()).containsExactlyElementsOf(t.columns().stream().map(Column::name).toList());
                Map<String, Object> row = new LinkedHashMap<>();
                int id = ids.incrementAndGet();
                for (String name : columns) {
                    row.put(name, sample(t, t.column(name), id, created));
                }
                created.put(t.name(), id);
                insert(c, t.name(), row);
                try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
                        + t.name() + " WHERE " + t.keyColumn() + "=?")) {
                    ps.setInt(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        for (String name : columns) {
                            Object expected = row.get(name);
                            Object actual = rs.getObject(name);
                            if (expected instanceof Number n) {
                                assertThat(new BigDecimal(actual.toString())).as(t.name() + "." + name)
                                        .isEqualByComparingTo(new BigDecimal(n.toString()));
                            } else {
                                assertThat(actual).as(t.name() + "." + name).isEqualTo(expected);
                            }
                        }
                    }
                }
            }
            c.commit();
        }
    }

    @Test
    void uniqueKeysOfTheDataModelHold() throws Exception {
        try (Connection c = tx()) {
            int contract = contract(c, "U-1", "2026-01-01", "2030-12-31");
            int est = establishment(c, "690000001");
            Map<String, Object> line = new LinkedHashMap<>(std("CPOM_BudgetLine", ids.incrementAndGet()));
            line.putAll(Map.of("CPOM_Contract_ID", contract, "CPOM_Establishment_ID", est, "FiscalYear", 2026,
                    "Funder", "ARS", "FunctionalGroup", "P1", "BudgetSection", "MAIN", "Amount", BigDecimal.TEN));
            insert(c, "CPOM_BudgetLine", line);
            line.putAll(std("CPOM_BudgetLine", ids.incrementAndGet()));
            assertThatThrownBy(() -> insert(c, "CPOM_BudgetLine", line)).hasMessageContaining("cpom_budgetline_cell");
            c.rollback();
        }
    }

    /** Two real transactions add one establishment to two overlapping contracts at once: exactly one commits. */
    @Test
    void perimeterGuardLetsExactlyOneOfTwoRacingTransactionsCommit() throws Exception {
        int est;
        int contractA;
        int contractB;
        try (Connection c = tx()) {
            est = establishment(c, "690000002");
            contractA = contract(c, "RACE-A", "2026-01-01", "2030-12-31");
            contractB = contract(c, "RACE-B", "2028-01-01", "2032-12-31");
            c.commit();
        }
        Connection t1 = tx();
        Connection t2 = tx();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            perimeterLine(t1, contractA, est); // t1 holds the establishment's lock until it ends
            CountDownLatch t2Started = new CountDownLatch(1);
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
                try {
                    t2Started.countDown();
                    perimeterLine(t2, contractB, est); // blocks on the lock, then sees t1's commit
                    t2.commit();
                    return "committed";
                } catch (SQLException e) {
                    rollbackQuietly(t2);
                    return e.getMessage();
                }
            }, pool);
            t2Started.await();
            Thread.sleep(300);
            assertThat(second).isNotDone(); // waiting for t1's advisory lock
            t1.commit();
            String outcome = second.get(60, TimeUnit.SECONDS);
            assertThat(outcome).contains("CPOM_PerimeterOverlap").contains("RACE-A").contains("RACE-B")
                    .contains("L'établissement");
        } finally {
            pool.shutdownNow();
            t1.close();
            t2.close();
        }
        try (Connection c = tx(); Statement st = c.createStatement()) {
            assertThat(scalar(st, "SELECT count(*) FROM CPOM_ContractEstablishment WHERE CPOM_Establishment_ID=" + est))
                    .isEqualTo("1");
        }
    }

    @Test
    void perimeterGuardAllowsVoidedAndNonOverlappingContractsAndChecksDateChanges() throws Exception {
        try (Connection c = tx()) {
            int est = establishment(c, "690000003");
            int a = contract(c, "SEQ-A", "2021-01-01", "2025-12-31");
            int b = contract(c, "SEQ-B", "2026-01-01", "2030-12-31");
            perimeterLine(c, a, est);
            perimeterLine(c, b, est); // consecutive periods do not overlap
            c.commit();
            try (Statement st = c.createStatement()) {
                // extending A over B is refused, so is voiding nothing; voiding B then allows it
                assertThatThrownBy(() -> st.executeUpdate("UPDATE CPOM_Contract SET DateTo='2026-06-30' WHERE CPOM_Contract_ID=" + a))
                        .hasMessageContaining("CPOM_PerimeterOverlap");
                c.rollback();
                st.executeUpdate("UPDATE CPOM_Contract SET DocStatus='VO' WHERE CPOM_Contract_ID=" + b);
                st.executeUpdate("UPDATE CPOM_Contract SET DateTo='2026-06-30' WHERE CPOM_Contract_ID=" + a);
                c.commit();
                // a voided contract does not hold its establishments
                int d = contract(c, "SEQ-D", "2027-01-01", "2031-12-31");
                perimeterLine(c, d, est);
                c.commit();
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static List<String> columnNameConstants(String table) throws IOException {
        String source = Files.readString(DriftTest.PLUGIN.resolve(Generate.MODEL_DIR + "I_" + table + ".java"));
        Matcher m = Pattern.compile("COLUMNNAME_(\\w+) = \"(\\w+)\"").matcher(source);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(m.group(2));
            out.add(m.group(2));
        }
        return out;
    }

    private Object sample(Table t, Column c, int id, Map<String, Integer> created) {
        String n = c.name();
        if (c.key()) {
            return id;
        }
        switch (n) {
            case "AD_Client_ID": return CLIENT;
            case "AD_Org_ID": return ORG;
            case "IsActive": return "Y";
            case "CreatedBy": case "UpdatedBy": return 100;
            case "Created": case "Updated": return Timestamp.valueOf("2026-11-22 10:00:00");
            default: break;
        }
        if (c.isUuid()) {
            return java.util.UUID.nameUUIDFromBytes((t.name() + id).getBytes(StandardCharsets.UTF_8)).toString();
        }
        String fk = c.fkTable();
        if (fk != null) {
            return switch (fk) {
                case "C_BPartner" -> 500;
                case "C_Currency" -> 102;
                case "AD_User" -> 1000;
                case "CPOM_FinessCategory" -> 246;
                case "CPOM_TariffMode" -> 34;
                default -> created.get(fk);
            };
        }
        if (c.isYesNo() || c.isBooleanButton()) {
            return "N";
        }
        if (c.isInt()) {
            return 2026;
        }
        if (c.isNumber()) {
            return new BigDecimal("1234.56");
        }
        if (c.isDate()) {
            return Timestamp.valueOf(n.contains("To") || n.contains("End") ? "2030-12-31 00:00:00" : "2026-01-01 00:00:00");
        }
        if (c.list() != null) {
            return Dictionary.load(DriftTest.DICTIONARY).reference(c.list()).values().get(0).value();
        }
        if (n.equals("DocStatus")) {
            return "DR";
        }
        if (n.equals("DocAction")) {
            return "CO";
        }
        String text = "É" + n + " «" + id + "»";
        if (n.startsWith("FINESS")) {
            return "69" + (id % 10_000_000);
        }
        return text.length() > c.length() ? text.substring(0, c.length()) : text;
    }

    private Map<String, Object> std(String table, int id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(table + "_ID", id);
        m.put("AD_Client_ID", CLIENT);
        m.put("AD_Org_ID", ORG);
        m.put("CreatedBy", 100);
        m.put("UpdatedBy", 100);
        return m;
    }

    private int establishment(Connection c, String finess) throws SQLException {
        int id = ids.incrementAndGet();
        Map<String, Object> m = std("CPOM_Establishment", id);
        m.put("FINESS_EG", finess);
        m.put("FINESS_EJ", "690000999");
        m.put("Name", "ESAT " + finess);
        insert(c, "CPOM_Establishment", m);
        return id;
    }

    private int contract(Connection c, String no, String from, String to) throws SQLException {
        int id = ids.incrementAndGet();
        Map<String, Object> m = std("CPOM_Contract", id);
        m.put("DocumentNo", no);
        m.put("Name", "CPOM " + no);
        m.put("LegalBasis", "L122");
        m.put("ARS_BPartner_ID", 500);
        m.put("DateFrom", Timestamp.valueOf(from + " 00:00:00"));
        m.put("DateTo", Timestamp.valueOf(to + " 00:00:00"));
        insert(c, "CPOM_Contract", m);
        return id;
    }

    private void perimeterLine(Connection c, int contract, int est) throws SQLException {
        Map<String, Object> m = std("CPOM_ContractEstablishment", ids.incrementAndGet());
        m.put("CPOM_Contract_ID", contract);
        m.put("CPOM_Establishment_ID", est);
        insert(c, "CPOM_ContractEstablishment", m);
    }

    private static void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        String cols = String.join(", ", row.keySet());
        String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object v : row.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
    }

    private static String constraint(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT contype FROM pg_constraint WHERE conname=?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed right after
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
