package org.cpom.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.cpom.component.CpomRegistry;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.ValidationResult;
import org.cpom.persistence.JdbcContractDocument;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractWorkbookImporter;
import org.cpom.service.ContractWorkbookTemplate;
import org.cpom.service.WorkbookImportResult;
import org.cpom.testkit.ModelInterfaces;

/**
 * The contract workbook import on the command line, outside iDempiere: the same service as the
 * CPOM_ImportContractWorkbook process, writing over JDBC through the save rules (JdbcRecordStore), in one
 * transaction committed only when every row passed.
 *
 * <pre>
 * ImportWorkbook --template modele.xlsx
 * ImportWorkbook &lt;jdbc-url&gt; &lt;user&gt; &lt;AD_Client_ID&gt; contrat.xlsx   (password in PGPASSWORD)
 * </pre>
 * Exit status 0 when imported, 1 when rejected (every problem printed in French and English), 2 on bad usage.
 */
public final class ImportWorkbook {

    private ImportWorkbook() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--template")) {
            ContractWorkbookTemplate.write(Path.of(args[1]));
            System.out.println("template written: " + args[1]);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: ImportWorkbook --template <file.xlsx> | <jdbc-url> <user> <AD_Client_ID> <file.xlsx>");
            System.exit(2);
        }
        WorkbookImportResult result;
        try (Connection c = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD"))) {
            result = importFile(c, Integer.parseInt(args[2]), Path.of(args[3]));
        }
        System.out.println(result.renderBoth(Language.FR));
        System.exit(result.isImported() ? 0 : 1);
    }

    /** Imports a workbook on a new connection of {@code ds}; commits only when nothing was rejected. */
    public static WorkbookImportResult importFile(DataSource ds, int clientId, Path file) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return importFile(c, clientId, file);
        }
    }

    /**
     * Signs an imported contract as the Complete document action does on a server (JdbcContractDocument: prepare,
     * then complete, each through the save rules); returns the rules' verdict, nothing written when refused.
     */
    public static ValidationResult sign(DataSource ds, int clientId, int contractId, LocalDate today)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            ContractDocumentSteps.Outcome outcome = new JdbcContractDocument(new JdbcRecordStore(c, clientId, 0, 100))
                    .processIt(contractId, "CO", today);
            if (outcome.ok()) {
                c.commit();
            } else {
                c.rollback();
            }
            return outcome.result();
        }
    }

    static WorkbookImportResult importFile(Connection c, int clientId, Path file) throws SQLException {
        ModelInterfaces.initialize(ImportWorkbook.class.getClassLoader(), CpomRegistry.MODELS.keySet());
        JdbcRecordStore.install(c);
        c.setAutoCommit(false);
        try {
            // a System-level batch session of the tenant: organisation *, user SuperUser
            WorkbookImportResult result = new ContractWorkbookImporter(c, new JdbcRecordStore(c, clientId, 0, 100),
                    clientId).importFile(file);
            if (result.isImported()) {
                c.commit();
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
