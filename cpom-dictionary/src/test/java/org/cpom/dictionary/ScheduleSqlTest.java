package org.cpom.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The alert scheduler ships as SQL statements of the 2Pack (AD_Schedule, then AD_Scheduler). They run on a
 * stand-in of the release-12 objects they use (idempiere-scheduler-standin.sql: numeric IDs, nextidfunc(INTEGER,
 * VARCHAR)): once, inactive, pointing at the CPOM process, with IDs from the sequence; a second pack-in (upgrade)
 * adds nothing and keeps what the administrator changed.
 */
class ScheduleSqlTest {

    @Test
    void theShippedSchedulerIsInsertedOnceInactiveWithSequenceIdsAndKeptOnUpgrade() throws Exception {
        Dictionary dict = Dictionary.load(DriftTest.DICTIONARY);
        Uuids uuids = Uuids.read(DriftTest.DICTIONARY.resolve("uuids.txt"), false);
        assertThat(dict.schedules()).extracting(Dictionary.Schedule::process).containsExactly("CPOM_SendDeadlineAlerts");
        Dictionary.Schedule s = dict.schedules().get(0);
        List<String> sql = PackOutGenerator.scheduleSql(s, uuids.get("schedule " + s.process()),
                uuids.get("scheduler " + s.process()), uuids.get("process " + s.process()));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute(resource("idempiere-scheduler-standin.sql"));
            st.execute("INSERT INTO AD_Process (AD_Process_ID, AD_Process_UU, AD_Client_ID, Value, Name) VALUES (1000123, '"
                    + uuids.get("process CPOM_SendDeadlineAlerts") + "', 0, 'CPOM_SendDeadlineAlerts', 'Send deadline alerts')");
            for (String statement : sql) {
                st.execute(statement);
            }
            try (ResultSet rs = st.executeQuery("SELECT s.AD_Scheduler_ID, s.IsActive, s.AD_Client_ID, s.AD_Process_ID,"
                    + " s.Supervisor_ID, s.KeepLogDays, sc.AD_Schedule_ID, sc.ScheduleType, sc.CronPattern, sc.IsActive"
                    + " FROM AD_Scheduler s JOIN AD_Schedule sc ON sc.AD_Schedule_ID = s.AD_Schedule_ID")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("ID from the sequence's CurrentNext").isEqualTo(1_000_000);
                assertThat(rs.getString(2)).as("shipped inactive").isEqualTo("N");
                assertThat(rs.getInt(3)).as("System client: serves every tenant").isZero();
                assertThat(rs.getInt(4)).isEqualTo(1_000_123);
                assertThat(rs.getInt(5)).as("SuperUser supervises").isEqualTo(100);
                assertThat(rs.getInt(6)).isEqualTo(s.keepLogDays());
                assertThat(rs.getInt(7)).isEqualTo(1_000_000);
                assertThat(rs.getString(8)).isEqualTo("C");
                assertThat(rs.getString(9)).isEqualTo(s.cron());
                assertThat(rs.getString(10)).isEqualTo("Y");
                assertThat(rs.next()).isFalse();
            }
            // the administrator switches it on and changes the time; the next pack-in changes nothing
            st.execute("UPDATE AD_Scheduler SET IsActive = 'Y'");
            st.execute("UPDATE AD_Schedule SET CronPattern = '30 7 * * 1-5'");
            for (String statement : sql) {
                st.execute(statement);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(s.IsActive), MIN(sc.CronPattern),"
                    + " (SELECT COUNT(*) FROM AD_Schedule) FROM AD_Scheduler s JOIN AD_Schedule sc USING (AD_Schedule_ID)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("Y");
                assertThat(rs.getString(3)).isEqualTo("30 7 * * 1-5");
                assertThat(rs.getInt(4)).isEqualTo(1);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScheduleSqlTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
