package org.cpom.testkit;

import org.cpom.dictionary.DatabaseSync;
import org.cpom.dictionary.Dictionary;
import org.cpom.dictionary.Generate;
import org.cpom.dictionary.UpgradeRehearsal;
import org.cpom.dictionary.Uuids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dictionary change after a release, applied on the embedded database the way a server applies the next 2Pack
 * (IsSyncDatabase, see {@link DatabaseSync}): version N with the MESSIDOR sample, then N+1. Every row and every
 * value of version N is still there, the new columns exist and the mandatory one holds its default.
 */
class UpgradeTest {

    static final Path DICTIONARY = Path.of("../cpom-dictionary/src/main/dictionary");

    @Test
    void versionNWithTheSampleThenNPlusOneLosesNothing(@TempDir Path tmp) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            LoadedSample sample = MessidorSample.messidor().load(db.getDataSource());
            Dictionary n = Dictionary.load(DICTIONARY);
            Map<String, String> before = checksums(db, n);
            assertThat(before.get("CPOM_BudgetLine")).isNotEqualTo("0:");

            Path next = tmp.resolve("dictionary");
            String version = UpgradeRehearsal.nextVersion(DICTIONARY, next);
            Generate.generate(next, true); // fills the new records' UUIDs in the copy
            Dictionary n1 = Dictionary.load(next);
            assertThat(n1.packValue("version")).isEqualTo(version).isNotEqualTo(n.packValue("version"));
            List<String> ran;
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                ran = new DatabaseSync(n1, Uuids.read(next.resolve(Generate.UUID_FILE), false)).sync(c);
                c.commit();
            }
            assertThat(ran).anyMatch(s -> s.startsWith("ALTER TABLE CPOM_Review ADD COLUMN IsMinutesSent"))
                    .anyMatch(s -> s.startsWith("CREATE INDEX CPOM_Review_MinutesSent"))
                    .noneMatch(s -> s.startsWith("CREATE TABLE") || s.startsWith("INSERT"));

            assertThat(checksums(db, n)).as("every row and value of version N").isEqualTo(before);
            try (Connection c = db.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE IsMinutesSent='N'),"
                         + " count(MinutesReference) FROM CPOM_Review WHERE CPOM_Contract_ID=" + sample.contractId())) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
                assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1));
                assertThat(rs.getInt(3)).isZero();
            }
            // the same upgrade run again (a restart re-applying the pack) changes nothing more
            try (Connection c = db.getConnection()) {
                assertThat(new DatabaseSync(n1, Uuids.read(next.resolve(Generate.UUID_FILE), false)).sync(c))
                        .allMatch(s -> !s.startsWith("ALTER TABLE") && !s.startsWith("CREATE INDEX"));
            }
        }
    }

    /** Row count and an md5 of every row of every CPOM table, over the columns of version N only. */
    static Map<String, String> checksums(EmbeddedDatabase db, Dictionary n) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (Dictionary.Table t : n.tables()) {
                String cols = String.join(" || '|' || ", t.columns().stream()
                        .map(col -> "COALESCE(" + col.name() + "::text, '')").toList());
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ':' || COALESCE(md5(string_agg(" + cols
                        + ", E'\\n' ORDER BY " + t.keyColumn() + ")), '') FROM " + t.name())) {
                    rs.next();
                    out.put(t.name(), rs.getString(1));
                }
            }
        }
        return out;
    }
}
