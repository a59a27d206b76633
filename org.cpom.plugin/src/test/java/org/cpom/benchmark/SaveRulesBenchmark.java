package org.cpom.benchmark;

import org.cpom.component.CpomRegistry;
import org.cpom.testkit.ModelInterfaces;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpom.adapter.CpomSaveRules;
import org.cpom.adapter.SaveRules;
import org.cpom.adapter.SaveType;
import org.cpom.core.budget.BudgetRules;
import org.cpom.core.catalogue.Columns;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Funder;
import org.cpom.core.rule.ValidationResult;
import org.cpom.persistence.ContractSql;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.JdbcRecordStore;
import org.cpom.persistence.RecordView;
import org.cpom.testkit.EmbeddedDatabase;

/**
 * Benchmark (run with {@code -Pbenchmark}, not a test): for each CPOM table, the time of the save rules of one
 * save and the number of SQL statements they execute (target: at most 1), then 10,000 budget lines validated in
 * one transaction, as a batch (core batch rule, one facts query) and as 10,000 individual saves through the
 * JDBC store (rules + insert per line). Prints the figures.
 */
public final class SaveRulesBenchmark {

    private static final int ROUNDS = 2_000;

    private SaveRulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ModelInterfaces.initialize(SaveRulesBenchmark.class.getClassLoader(), CpomRegistry.MODELS.keySet());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(); Connection raw = db.getConnection()) {
            raw.setAutoCommit(false);
            JdbcRecordStore.install(raw);
            CpomWorld.seedCore(raw);
            CpomWorld.seedContract(raw, DocStatus.DRAFTED, true);
            raw.commit();
            CountingConnection counting = new CountingConnection(raw);
            System.out.println("CPOM save rules: time per save and SQL statements per save (" + ROUNDS + " rounds)");
            System.out.printf(Locale.ROOT, "%-32s %-7s %12s %14s%n", "table", "save", "µs/save", "queries/save");
            Map<String, Map<String, Object>> records = new HashMap<>();
            records.put("CPOM_Establishment", Columns.of(Fixtures.establishment()));
            records.put("CPOM_Contract", Columns.of(Fixtures.draft()));
            records.put("CPOM_ContractEstablishment", CpomWorld.cols("CPOM_ContractEstablishment_ID", 0,
                    "CPOM_Contract_ID", Fixtures.CONTRACT_ID, "CPOM_Establishment_ID", Fixtures.ESTABLISHMENT_2,
                    "DateJoined", LocalDate.of(2025, 1, 1)));
            records.put("CPOM_Axis", Columns.of(new org.cpom.core.model.Axis(0, Fixtures.CONTRACT_ID, 20, "Axe", null)));
            records.put("CPOM_ActionSheet", Columns.of(Fixtures.actionSheet()));
            Map<String, Object> line = Columns.of(Fixtures.budget().get(0));
            records.put("CPOM_BudgetLine", line);
            records.put("CPOM_Review", CpomWorld.cols("CPOM_Contract_ID", Fixtures.CONTRACT_ID, "FiscalYear", 2027,
                    "ReviewKind", "MID"));
            records.put("CPOM_AccountGroup", CpomWorld.cols("AD_Client_ID", Fixtures.CLIENT_ID, "AccountPrefix", "6111",
                    "FunctionalGroup", "C1"));
            long worst = 0;
            for (Map.Entry<String, Map<String, Object>> e : records.entrySet()) {
                SaveRules<?> rules = CpomSaveRules.forTable(e.getKey()).orElseThrow();
                Map<String, Object> values = new HashMap<>(e.getValue());
                values.putIfAbsent("AD_Client_ID", Fixtures.CLIENT_ID);
                Object record = RecordView.of(rules.recordType(), values);
                for (SaveType type : new SaveType[] {SaveType.NEW, SaveType.CHANGE}) {
                    for (int i = 0; i < 200; i++) { // warm-up
                        rules.checkObject(type, record, counting.connection());
                    }
                    long before = counting.executions();
                    long start = System.nanoTime();
                    for (int i = 0; i < ROUNDS; i++) {
                        rules.checkObject(type, record, counting.connection());
                    }
                    long nanos = System.nanoTime() - start;
                    double queries = (counting.executions() - before) / (double) ROUNDS;
                    worst = Math.max(worst, Math.round(Math.ceil(queries)));
                    System.out.printf(Locale.ROOT, "%-32s %-7s %12.1f %14.2f%n", e.getKey(), type,
                            nanos / 1000.0 / ROUNDS, queries);
                }
            }
            System.out.println("max SQL statements per save: " + worst + (worst <= 1 ? " (target <= 1 met)"
                    : " (target <= 1 MISSED)"));
            raw.rollback();
            budgetLines(raw);
        }
    }

    /** 10,000 budget lines of one contract validated in one transaction, as a batch and as single saves. */
    private static void budgetLines(Connection c) throws SQLException {
        int establishments = 200;
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < establishments; i++) {
            int id = 20_000 + i;
            ids.add(id);
            CpomWorld.insert(c, "CPOM_Establishment", CpomWorld.cols("CPOM_Establishment_ID", id, "AD_Org_ID", 0,
                    "FINESS_EG", Fixtures.withKey(String.format(Locale.ROOT, "69%06d", 5000 + i)), "FINESS_EJ",
                    Fixtures.FINESS_EJ, "Name", "Établissement " + i, "CPOM_FinessCategory_ID",
                    CpomWorld.EHPAD_CATEGORY_ID));
            CpomWorld.insert(c, "CPOM_ContractEstablishment", CpomWorld.cols("CPOM_ContractEstablishment_ID", id,
                    "CPOM_Contract_ID", Fixtures.CONTRACT_ID, "CPOM_Establishment_ID", id));
        }
        c.commit();
        List<BudgetLine> lines = new ArrayList<>();
        FunctionalGroup[] groups = FunctionalGroup.values();
        for (int est : ids) {
            for (int year = 2025; year <= 2029; year++) {
                for (int g = 0; g < 10; g++) {
                    lines.add(new BudgetLine(0, Fixtures.CONTRACT_ID, est, year, g < 6 ? Funder.ARS : Funder.DEPARTEMENT,
                            groups[g % groups.length], BudgetSection.MAIN, new BigDecimal("1000.00"), null));
                }
            }
        }
        // batch: one query for the contract and its perimeter, then the core's O(n) batch rule
        CountingConnection counting = new CountingConnection(c);
        long start = System.nanoTime();
        var contract = ContractSql.load(counting.connection(), Fixtures.CONTRACT_ID).orElseThrow();
        Map<Integer, String> labels = new HashMap<>();
        ids.forEach(id -> labels.put(id, "Établissement " + id));
        ValidationResult batch = BudgetRules.validateBatch(contract, new java.util.HashSet<>(ids), labels, lines,
                List.of());
        long batchNanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%,d budget lines, batch validation: %.1f ms, %d SQL statements, %d violations%n",
                lines.size(), batchNanos / 1e6, counting.executions(), batch.violations().size());
        // single saves: the rules of each line (one query) then its insert, all in one transaction
        CountingConnection perSave = new CountingConnection(c);
        JdbcRecordStore store = new JdbcRecordStore(perSave.connection(), Fixtures.CLIENT_ID, 0, CpomWorld.USER_ID);
        start = System.nanoTime();
        for (BudgetLine l : lines) {
            store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("CPOM_Contract_ID", l.contractId(),
                    "CPOM_Establishment_ID", l.establishmentId(), "FiscalYear", l.fiscalYear(), "Funder", l.funder(),
                    "FunctionalGroup", l.functionalGroup(), "BudgetSection", l.budgetSection(), "Amount", l.amount()));
        }
        c.commit();
        long saveNanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%,d budget lines saved one by one in one transaction: %.1f ms "
                + "(%.1f µs/line), %.2f SQL statements per line (rule query + id + insert)%n", lines.size(),
                saveNanos / 1e6, saveNanos / 1000.0 / lines.size(), perSave.executions() / (double) lines.size());
    }
}
