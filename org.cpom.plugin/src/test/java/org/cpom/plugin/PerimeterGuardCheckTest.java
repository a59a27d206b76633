package org.cpom.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;

import org.compiere.model.MNote;
import org.compiere.util.CLogger;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.cpom.core.i18n.Language;
import org.cpom.persistence.DatabaseTest;
import org.cpom.plugin.PerimeterGuardCheck.GuardTrigger;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

/**
 * The start-up check of the perimeter guard on embedded PostgreSQL holding the generated schema, with and without
 * its triggers, and what the administrator gets when they are missing: a SEVERE log entry and one System notice.
 */
class PerimeterGuardCheckTest extends DatabaseTest {

    @Test
    void theGeneratedSchemaHasTheWholeGuard() throws Exception {
        try (Connection c = transaction()) {
            assertThat(PerimeterGuardCheck.missing(c)).isEmpty();
            c.rollback();
        }
    }

    @Test
    void aDroppedOrDisabledTriggerIsMissing() throws Exception {
        try (Connection c = transaction()) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER cpom_perimeter_line ON CPOM_ContractEstablishment");
            }
            assertThat(PerimeterGuardCheck.missing(c)).extracting(GuardTrigger::name)
                    .containsExactly("cpom_perimeter_line");
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE CPOM_Contract DISABLE TRIGGER cpom_perimeter_contract");
            }
            List<GuardTrigger> missing = PerimeterGuardCheck.missing(c);
            assertThat(missing).containsExactlyElementsOf(PerimeterGuardCheck.TRIGGERS);
            assertThat(PerimeterGuardCheck.message(Language.EN, missing)).contains("cpom_perimeter_line")
                    .contains("cpom_perimeter_contract").contains("save rules still refuse");
            assertThat(PerimeterGuardCheck.message(Language.FR, missing)).contains("cpom_perimeter_line")
                    .contains("chevauchent");
            c.rollback();
        }
    }

    @Test
    void missingTriggersAreLoggedSevereAndNoticedOnceToEachSystemAdministrator() throws Exception {
        try (Connection c = transaction()) {
            createNoticeTables(c);
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER cpom_perimeter_contract ON CPOM_Contract");
            }
            List<List<?>> notices = new ArrayList<>();
            CLogger log = alert(c, notices);
            verify(log).severe(contains("cpom_perimeter_contract (cpom_contract)"));
            // new MNote(ctx, AD_Message, recipient, client System, org *, no trx): one per System role user
            assertThat(notices).hasSize(2);
            assertThat(notices.stream().map(n -> (Object) n.get(2)).toList()).containsExactly(SUPER_USER, SECOND_ADMIN);
            for (List<?> n : notices) {
                assertThat(n.get(0)).isInstanceOf(Properties.class);
                assertThat(new ArrayList<Object>(n.subList(3, 6))).containsExactly(0, 0, null);
                assertThat(n.get(1)).isEqualTo(PerimeterGuardAlert.NOTICE_MESSAGE);
            }

            // SuperUser has not acknowledged his notice yet: the next start logs again and notifies only the other
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO AD_Note (AD_Note_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, AD_Message_ID, "
                        + "AD_User_ID, Processed, Reference) VALUES (1, 0, 0, 0, 0, 240, " + SUPER_USER + ", 'N', '"
                        + PerimeterGuardCheck.NOTICE_REFERENCE.replace("'", "''") + "')");
            }
            List<List<?>> again = new ArrayList<>();
            CLogger second = alert(c, again);
            verify(second).severe(contains("cpom_perimeter_contract"));
            assertThat(again.stream().map(n -> (Object) n.get(2)).toList()).containsExactly(SECOND_ADMIN);
            c.rollback();
        }
    }

    @Test
    void aWholeGuardIsNeitherLoggedSevereNorNoticed() throws Exception {
        try (Connection c = transaction()) {
            createNoticeTables(c);
            List<List<?>> notices = new ArrayList<>();
            CLogger log = alert(c, notices);
            verify(log, never()).severe(any(String.class));
            verify(log, never()).log(eq(Level.SEVERE), any(String.class), any(Throwable.class));
            assertThat(notices).isEmpty();
            c.rollback();
        }
    }

    @Test
    void aCheckThatCannotRunIsLoggedSevereAndDoesNotStopTheStart() throws Exception {
        try (Connection c = transaction()) {
            // no AD_Role table: the notice query fails after the triggers were found missing
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER cpom_perimeter_line ON CPOM_ContractEstablishment");
            }
            List<List<?>> notices = new ArrayList<>();
            CLogger log = alert(c, notices);
            verify(log).severe(contains("cpom_perimeter_line"));
            verify(log).log(eq(Level.SEVERE), contains("could not be checked"), any(SQLException.class));
            assertThat(notices).isEmpty();
            c.rollback();
        }
    }

    @Test
    void thePackActivatorRunsTheCheckAfterPackIn() {
        List<String> calls = new ArrayList<>();
        new Activator.PackActivator(() -> calls.add("checked")).afterPackIn();
        assertThat(calls).containsExactly("checked");
    }

    /**
     * Runs PerimeterGuardAlert as the pack-in thread would: DB.createConnection answers the test transaction
     * (closing it is ignored), Env.getCtx the server context, MNote records its constructor arguments.
     */
    private static CLogger alert(Connection c, List<List<?>> notices) {
        CLogger log = mock(CLogger.class);
        Properties ctx = new Properties();
        ctx.setProperty("#AD_Client_ID", "0");
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> "close".equals(method.getName()) ? null
                        : method.invoke(c, args));
        try (MockedStatic<DB> db = mockStatic(DB.class); MockedStatic<Env> env = mockStatic(Env.class);
                MockedStatic<CLogger> loggers = mockStatic(CLogger.class);
                MockedConstruction<MNote> constructed = mockConstruction(MNote.class,
                        (note, context) -> notices.add(context.arguments()))) {
            db.when(() -> DB.createConnection(anyBoolean(), anyInt())).thenReturn(unclosable);
            env.when(Env::getCtx).thenReturn(ctx);
            loggers.when(() -> CLogger.getCLogger(PerimeterGuardAlert.class)).thenReturn(log);
            new PerimeterGuardAlert().run();
            for (MNote note : constructed.constructed()) {
                verify(note).setReference(PerimeterGuardCheck.NOTICE_REFERENCE);
                verify(note).setTextMsg(contains("CPOM: perimeter guard incomplete"));
                verify(note).setTextMsg(contains("garde du périmètre incomplète"));
                verify(note).saveEx();
            }
        }
        return log;
    }

    private static final int SUPER_USER = 100;
    private static final int SECOND_ADMIN = 4100;

    /**
     * AD_Role and AD_User_Roles with their release-12 column names (the subset the check reads; AD_Note is in the
     * core stand-in), rolled
     * back with the test: role 0 System Administrator held by SuperUser and a second administrator; a tenant role
     * and an inactive System role assignment that must not be notified.
     */
    private static void createNoticeTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE AD_Role (AD_Role_ID NUMERIC(10) PRIMARY KEY, AD_Client_ID NUMERIC(10) NOT NULL, "
                    + "IsActive CHAR(1) DEFAULT 'Y' NOT NULL, Name VARCHAR(60) NOT NULL)");
            st.execute("CREATE TABLE AD_User_Roles (AD_User_ID NUMERIC(10) NOT NULL, AD_Role_ID NUMERIC(10) NOT NULL, "
                    + "AD_Client_ID NUMERIC(10) NOT NULL, IsActive CHAR(1) DEFAULT 'Y' NOT NULL)");
            st.execute("INSERT INTO AD_Role VALUES (0, 0, 'Y', 'System Administrator'), (102, "
                    + org.cpom.core.catalogue.Fixtures.CLIENT_ID + ", 'Y', 'Tenant Admin')");
            st.execute("INSERT INTO AD_User (AD_User_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Name) VALUES "
                    + "(" + SUPER_USER + ", 0, 0, 0, 0, 'SuperUser'), (" + SECOND_ADMIN + ", 0, 0, 0, 0, 'Admin 2'), "
                    + "(4101, 0, 0, 0, 0, 'Former admin') ON CONFLICT DO NOTHING");
            st.execute("INSERT INTO AD_User_Roles VALUES (" + SUPER_USER + ", 0, 0, 'Y'), (" + SECOND_ADMIN
                    + ", 0, 0, 'Y'), (4101, 0, 0, 'N'), (" + org.cpom.core.catalogue.Fixtures.PILOT_USER_ID + ", 102, "
                    + org.cpom.core.catalogue.Fixtures.CLIENT_ID + ", 'Y')");
        }
    }
}
