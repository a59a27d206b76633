package org.cpom.reports;

import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRQuery;
import net.sf.jasperreports.engine.JRQueryChunk;
import net.sf.jasperreports.engine.JasperReport;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One ledger query layer: no report reads iDempiere's ledger or the account mapping itself; every ledger
 * read goes through the PostgreSQL functions cpom_ledger / cpom_account_map / cpom_acctschema (ledger.sql of the
 * dictionary), and PostgreSQL inlines them, so each report still scans Fact_Acct directly.
 */
class LedgerQueryLayerTest {

    static final Path REPORTS = Path.of("src", "main", "resources", "reports");
    /**
     * The ledger, the mapping and the posting-type filter: only the ledger query layer names them (account names may
     * still be read from C_ElementValue, the calendar from AD_ClientInfo).
     */
    static final List<String> LAYER_ONLY = List.of("fact_acct", "cpom_accountgroup", "postingtype");

    private static EmbeddedDatabase db;
    private static LoadedSample messidor;

    @BeforeAll
    static void start() {
        db = EmbeddedDatabase.start();
        messidor = MessidorSample.messidor().load(db.getDataSource());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    static List<Path> designs() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    @Test
    void noDesignNamesTheLedgerTheMappingOrTheirFilters() throws IOException {
        List<Path> designs = designs();
        assertThat(designs).hasSizeGreaterThanOrEqualTo(4);
        for (Path design : designs) {
            String text = Files.readString(design, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String name : LAYER_ONLY) {
                assertThat(text).as("%s must read the ledger through cpom_ledger / cpom_account_map", design)
                        .doesNotContain(name);
            }
        }
    }

    @Test
    void theLedgerReportsReadThroughTheLayer() throws IOException {
        for (String name : List.of("BudgetVsActual", "AnnualReport")) {
            String text = Files.readString(REPORTS.resolve(name + ".jrxml"), StandardCharsets.UTF_8);
            assertThat(text).as(name).contains("cpom_ledger(").contains("cpom_acctschema(");
        }
    }

    /**
     * Every query of every design that calls the layer, bound as JasperReports binds it (one '?' per $P{}), is
     * planned with Fact_Acct read directly: no "Function Scan on cpom_…" node, i.e. the functions were inlined.
     */
    @Test
    void plansReadFactAcctDirectlyBecauseTheFunctionsAreInlined() throws Exception {
        int checked = 0;
        for (Path design : designs()) {
            String name = design.getFileName().toString().replace(".jrxml", "");
            JasperReport report = ReportRunner.compile(name);
            List<JRDataset> datasets = new ArrayList<>();
            datasets.add(report.getMainDataset());
            if (report.getDatasets() != null) {
                datasets.addAll(List.of(report.getDatasets()));
            }
            for (JRDataset ds : datasets) {
                JRQuery q = ds.getQuery();
                if (q == null || !q.getText().contains("cpom_ledger(")) {
                    continue;
                }
                for (Integer est : new Integer[] {null, messidor.establishmentIds().get(3)}) {
                    String plan = explain(q, est);
                    assertThat(plan).as("%s/%s", name, ds.getName()).doesNotContain("Function Scan on cpom_")
                            .containsPattern("Scan (using \\S+ )?on fact_acct");
                    checked++;
                }
            }
        }
        assertThat(checked).as("queries calling the layer").isGreaterThanOrEqualTo(6);
    }

    private static String explain(JRQuery query, Integer establishment) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("AD_CLIENT_ID", messidor.clientId());
        values.put("CONTRACT_ID", messidor.contractId());
        values.put("CPOM_Contract_ID", messidor.contractId());
        values.put("RECORD_ID", messidor.contractId());
        values.put("CPOM_Establishment_ID", establishment);
        values.put("YEAR", 2015);
        values.put("YEAR_FROM", 2014);
        values.put("YEAR_TO", 2016);
        values.put("EN", Boolean.FALSE);
        StringBuilder sql = new StringBuilder("EXPLAIN ");
        List<Object> bound = new ArrayList<>();
        for (JRQueryChunk chunk : query.getChunks()) {
            switch (chunk.getType()) {
                case JRQueryChunk.TYPE_TEXT -> sql.append(chunk.getText());
                case JRQueryChunk.TYPE_PARAMETER -> {
                    sql.append('?');
                    bound.add(values.get(chunk.getText()));
                }
                // $P!{} text (e.g. the period-status expression): irrelevant to the ledger part of the plan
                case JRQueryChunk.TYPE_PARAMETER_CLAUSE -> sql.append("NULL");
                default -> throw new IllegalStateException("unexpected query chunk " + chunk.getType());
            }
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                if (bound.get(i) == null) {
                    ps.setNull(i + 1, Types.INTEGER);
                } else {
                    ps.setObject(i + 1, bound.get(i));
                }
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
