package org.cpom.dictionary;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pack's French texts on PostgreSQL, as on a server where fr_FR is a system language: iDempiere's PO creates a
 * translation row per system language when it saves a record (base-language text, IsTranslated='N'); the pack's
 * translation statements then make every CPOM text French, and a second run (an upgrade) keeps what a user edited.
 * Stand-in translation tables carry the real iDempiere columns that the statements touch, with release-12's lengths
 * (a text too long makes the whole statement fail on a server).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationSqlTest {

    private EmbeddedPostgres pg;
    private Element pack;
    private final List<String> statements = new ArrayList<>();
    /** Translated table -> record UUIDs in the pack. */
    private final Map<String, List<String>> records = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        pack = PackInOrderTest.committedPack();
        collect(pack);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String table : PackOutTest.TRANSLATED.keySet()) {
                st.execute("CREATE TABLE " + table + " (" + table + "_ID numeric(10) PRIMARY KEY, " + table
                        + "_UU varchar(36))");
                st.execute("CREATE TABLE " + table + "_Trl (" + table + "_ID numeric(10) NOT NULL, AD_Language varchar(6)"
                        + " NOT NULL, Name varchar(60), PrintName varchar(60), Description varchar(255), MsgText varchar(2000),"
                        + " IsTranslated char(1) NOT NULL, Updated timestamp, PRIMARY KEY (" + table + "_ID, AD_Language))");
                int id = 1;
                for (String uu : records.getOrDefault(table, List.of())) {
                    st.execute("INSERT INTO " + table + " VALUES (" + id + ", '" + uu + "')");
                    for (String lang : new String[] {"fr_FR", "de_DE"}) {
                        st.execute("INSERT INTO " + table + "_Trl VALUES (" + id + ", '" + lang
                                + "', 'base', 'base', 'base', 'base', 'N', now())");
                    }
                    id++;
                }
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        pg.close();
    }

    private void collect(Element e) {
        for (Element c : PackInStandIn.children(e)) {
            if (c.getTagName().equals("SQLStatement")) {
                String s = PackInStandIn.text(c, "statement");
                if (s.contains("_Trl t SET")) {
                    statements.add(s);
                }
            } else if ("table".equals(c.getAttribute("type"))) {
                if (PackOutTest.TRANSLATED.containsKey(c.getTagName())) {
                    String uu = PackInStandIn.text(c, c.getTagName() + "_UU");
                    List<String> l = records.computeIfAbsent(c.getTagName(), k -> new ArrayList<>());
                    if (!l.contains(uu)) {
                        l.add(uu);
                    }
                }
                collect(c);
            }
        }
    }

    private void runStatements() throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        }
    }

    private int count(String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void everyCpomTextIsFrenchAfterInstallAndUserEditsSurviveAnUpgrade() throws Exception {
        runStatements();
        int total = 0;
        for (String table : PackOutTest.TRANSLATED.keySet()) {
            int rows = records.getOrDefault(table, List.of()).size();
            total += rows;
            assertThat(count("SELECT count(*) FROM " + table + "_Trl WHERE AD_Language='fr_FR' AND IsTranslated='Y'"))
                    .as("%s rows translated", table).isEqualTo(rows);
            String text = table.equals("AD_Message") ? "MsgText" : "Name";
            assertThat(count("SELECT count(*) FROM " + table + "_Trl WHERE AD_Language='fr_FR' AND " + text + "='base'"))
                    .as("%s still in the base language", table).isZero();
            assertThat(count("SELECT count(*) FROM " + table + "_Trl WHERE AD_Language='de_DE' AND IsTranslated='N'"))
                    .as("other languages untouched").isEqualTo(rows);
        }
        assertThat(total).isGreaterThan(400);
        assertThat(count("SELECT count(*) FROM AD_Window_Trl t JOIN AD_Window w USING (AD_Window_ID)"
                + " WHERE t.AD_Language='fr_FR' AND t.Name='Fiche action'")).isEqualTo(1);

        // a user corrects a French label; the next pack version runs the same statements again
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE AD_Window_Trl SET Name='Fiches actions (siège)' WHERE AD_Language='fr_FR'"
                    + " AND Name='Fiche action'");
        }
        runStatements();
        assertThat(count("SELECT count(*) FROM AD_Window_Trl WHERE AD_Language='fr_FR' AND Name='Fiches actions (siège)'"))
                .isEqualTo(1);
    }
}
