package org.cpom.persistence;

import org.cpom.component.CpomRegistry;
import org.cpom.testkit.ModelInterfaces;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.testkit.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests against a real embedded PostgreSQL holding the generated CPOM DDL (with its perimeter
 * trigger) and the iDempiere core stand-in tables. One server per test class (instance lifecycle, no static state).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {

    protected EmbeddedDatabase db;

    @BeforeAll
    void startDatabase() throws SQLException {
        ModelInterfaces.initialize(DatabaseTest.class.getClassLoader(), CpomRegistry.MODELS.keySet());
        db = EmbeddedDatabase.start();
        try (Connection c = db.getConnection()) {
            JdbcRecordStore.install(c);
            CpomWorld.seedCore(c);
        }
    }

    @AfterAll
    void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** A connection in manual-commit mode, as in an iDempiere transaction. */
    protected Connection transaction() throws SQLException {
        Connection c = db.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    protected static JdbcRecordStore store(Connection c) {
        return new JdbcRecordStore(c, org.cpom.core.catalogue.Fixtures.CLIENT_ID, CpomWorld.ORG_1, CpomWorld.USER_ID);
    }
}
