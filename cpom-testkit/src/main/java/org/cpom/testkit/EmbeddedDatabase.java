package org.cpom.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A real PostgreSQL (zonky embedded binaries) holding the iDempiere core stand-in tables and the generated CPOM
 * schema. Every DB test and the demo start one of these; {@link #close()} stops the server and deletes its files.
 *
 * <pre>
 * try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
 *     LoadedSample s = MessidorSample.messidor().load(db.getDataSource());
 *     ...
 * }
 * </pre>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Classpath resource of the iDempiere core stand-in fixture, published by cpom-dictionary. */
    public static final String CORE_STANDIN_RESOURCE = "idempiere-core-standin.sql";
    /**
     * Classpath resource of this module applied right after the core stand-in (also after a replacement given to
     * {@link Builder#withCoreStandin}): AD_ClientInfo with the client's primary accounting schema, and the
     * C_AcctSchema foreign keys of Fact_Acct and AD_ClientInfo.
     */
    public static final String CORE_STANDIN_ACCOUNTING_RESOURCE = "idempiere-core-standin-accounting.sql";
    /** Classpath resource of the generated CPOM DDL (org.cpom.plugin/src/main/resources/db/postgresql/cpom_schema.sql). */
    public static final String CPOM_SCHEMA_RESOURCE = "postgresql/cpom_schema.sql";
    /** Name of the database created inside the embedded server. */
    public static final String DATABASE_NAME = "idempiere";

    private final EmbeddedPostgres postgres;
    private final PGSimpleDataSource dataSource;

    private EmbeddedDatabase(EmbeddedPostgres postgres, PGSimpleDataSource dataSource) {
        this.postgres = postgres;
        this.dataSource = dataSource;
    }

    /** Starts a server with the core stand-in fixture and the CPOM schema applied. */
    public static EmbeddedDatabase start() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** DataSource on the loaded database (user postgres); each call to getConnection opens a new connection. */
    public DataSource getDataSource() {
        return dataSource;
    }

    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    public String getJdbcUrl() {
        return dataSource.getURL();
    }

    public int getPort() {
        return postgres.getPort();
    }

    /** Runs a SQL script (several statements, dollar quoting allowed) in one transaction. */
    public void runScript(String sql) {
        runScript(dataSource, sql);
    }

    /** Runs a SQL script in one transaction; exposed so callers with their own DataSource can reuse it. */
    public static void runScript(DataSource ds, String sql) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(sql);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL script failed: " + e.getMessage(), e);
        }
    }

    /** Reads a UTF-8 classpath resource, failing clearly when the module publishing it is not on the classpath. */
    public static String readResource(String resource) {
        ClassLoader cl = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                EmbeddedDatabase.class.getClassLoader());
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource not found: " + resource
                        + " (is the module that publishes it on the classpath and built?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }

    /** Configures which scripts are applied after the server starts. */
    public static final class Builder {
        private boolean coreStandin = true;
        private String coreStandinSql;
        private boolean cpomSchema = true;
        private final List<String> extraScripts = new ArrayList<>();

        private Builder() {
        }

        /** Skip the core stand-in fixture (e.g. to test a script alone). */
        public Builder withoutCoreStandin() {
            coreStandin = false;
            return this;
        }

        /** Uses this script instead of the published core stand-in fixture (e.g. a stricter or older stand-in). */
        public Builder withCoreStandin(String sql) {
            coreStandin = true;
            coreStandinSql = sql;
            return this;
        }

        /** Skip the generated CPOM schema. */
        public Builder withoutCpomSchema() {
            cpomSchema = false;
            return this;
        }

        /** Adds a script run after the default ones, in order. */
        public Builder withScript(String sql) {
            extraScripts.add(sql);
            return this;
        }

        public Builder withScriptFile(Path file) {
            try {
                extraScripts.add(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public EmbeddedDatabase build() {
            // Scripts are read before the server starts so a missing resource fails fast and leaves nothing running.
            List<String> scripts = new ArrayList<>();
            if (coreStandin) {
                scripts.add(coreStandinSql != null ? coreStandinSql : readResource(CORE_STANDIN_RESOURCE));
                scripts.add(readResource(CORE_STANDIN_ACCOUNTING_RESOURCE));
            }
            if (cpomSchema) {
                scripts.add(readResource(CPOM_SCHEMA_RESOURCE));
            }
            scripts.addAll(extraScripts);

            EmbeddedPostgres pg;
            try {
                // Durability is irrelevant for throw-away test data; these settings make loading and benchmarks faster.
                pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("work_mem", "64MB")
                        .setServerConfig("max_parallel_workers_per_gather", "2")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            try {
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + DATABASE_NAME + " ENCODING 'UTF8' TEMPLATE template0");
                }
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setServerNames(new String[] {"localhost"});
                ds.setPortNumbers(new int[] {pg.getPort()});
                ds.setDatabaseName(DATABASE_NAME);
                ds.setUser("postgres");
                for (String script : scripts) {
                    runScript(ds, script);
                }
                return new EmbeddedDatabase(pg, ds);
            } catch (RuntimeException | SQLException e) {
                try {
                    pg.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
            }
        }
    }
}
